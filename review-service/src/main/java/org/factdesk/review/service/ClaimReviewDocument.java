package org.factdesk.review.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.ReviewConfig;
import org.factdesk.review.domain.Rating;
import org.factdesk.review.domain.ReviewItem;

/** Builds the schema.org ClaimReview JSON-LD of a published verdict, and its public page URL. */
@ApplicationScoped
public class ClaimReviewDocument {

    private final ReviewConfig config;

    public ClaimReviewDocument(ReviewConfig config) {
        this.config = config;
    }

    /** The public fact-check page (served by the gateway), which carries this document as its markup. */
    public String url(ReviewItem item) {
        return url(item.slug);
    }

    /** The public fact-check page of this slug. */
    public String url(String slug) {
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        return base + "/fact-checks/" + slug;
    }

    public Map<String, Object> of(ReviewItem item) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ClaimReview");
        doc.put("url", url(item));
        doc.put("claimReviewed", item.claimText);
        doc.put("datePublished", date(item.firstPublishedAt));
        if (item.verdictVersion != null && item.verdictVersion > 1) {
            doc.put("dateModified", date(item.publishedAt));
            // The correction names both people: who proposed it (author) and who approved it (editor).
            Map<String, Object> correction = new LinkedHashMap<>();
            correction.put("@type", "CorrectionComment");
            correction.put("text", item.correctionNote);
            correction.put("datePublished", date(item.publishedAt));
            if (item.correctionProposedBy != null) {
                correction.put("author", Map.of("@type", "Person", "name", item.correctionProposedBy));
            }
            correction.put("editor", Map.of("@type", "Person", "name", item.approvedBy));
            doc.put("correction", correction);
        }
        doc.put("author", organisation());
        doc.put("reviewRating", rating(item));
        doc.put("itemReviewed", claim(item));
        return doc;
    }

    private Map<String, Object> organisation() {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", config.organization().name());
        org.put("url", config.organization().url());
        return org;
    }

    private static Map<String, Object> rating(ReviewItem item) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        // Ratings off the numeric scale (MISLEADING, UNPROVEN, NOT_A_CLAIM) are expressed by alternateName alone.
        if (item.rating.value() != null) {
            rating.put("ratingValue", item.rating.value());
            rating.put("bestRating", Rating.BEST);
            rating.put("worstRating", Rating.WORST);
        }
        rating.put("alternateName", item.label);
        return rating;
    }

    private static Map<String, Object> claim(ReviewItem item) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (item.claimAuthor != null && !item.claimAuthor.isBlank()) {
            claim.put("author", Map.of("@type", "Person", "name", item.claimAuthor));
        }
        if (item.articlePublishedAt != null) {
            claim.put("datePublished", date(item.articlePublishedAt));
        }
        if (item.articleUrl != null && !item.articleUrl.isBlank()) {
            Map<String, Object> appearance = new LinkedHashMap<>();
            appearance.put("@type", "CreativeWork");
            appearance.put("url", item.articleUrl);
            appearance.put("headline", item.articleTitle);
            claim.put("appearance", appearance);
        }
        return claim;
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
