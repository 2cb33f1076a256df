package org.factdesk.gateway.publishing;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * schema.org ClaimReview of a published fact-check, the markup its page carries and the DataFeed lists: url is the
 * page's canonical URL, author the configured organisation, dateModified the latest correction; a fact-check's own
 * page also lists its corrections (schema.org {@code correction}), as the page shows them.
 */
@ApplicationScoped
public class ClaimReviewMarkup {

    static final String CONTEXT = "https://schema.org";

    private final PublicSiteConfig config;
    private final SiteUrls urls;
    private final ObjectMapper json;

    public ClaimReviewMarkup(PublicSiteConfig config, SiteUrls urls, ObjectMapper json) {
        this.config = config;
        this.urls = urls;
        this.json = json;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimReview(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
            String url, String claimReviewed, Instant datePublished, Instant dateModified,
            Organization author, Rating reviewRating, Claim itemReviewed, String inLanguage,
            List<CorrectionComment> correction) {
    }

    /** A published correction: its note and when it was published; no names (the public site shows none). */
    public record CorrectionComment(@JsonProperty("@type") String type, String text, Instant datePublished) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(@JsonProperty("@type") String type, String name, String url, ImageObject logo) {
    }

    public record ImageObject(@JsonProperty("@type") String type, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rating(@JsonProperty("@type") String type, Integer ratingValue, Integer bestRating,
            Integer worstRating, String alternateName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Claim(@JsonProperty("@type") String type, Person author, Instant datePublished,
            CreativeWork appearance, CreativeWork firstAppearance) {
    }

    public record Person(@JsonProperty("@type") String type, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreativeWork(@JsonProperty("@type") String type, String url, String headline) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataFeed(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
            String name, String url, Instant dateModified, List<ClaimReview> dataFeedElement) {
    }

    /** The markup of a fact-check's own page: the ClaimReview with its corrections, newest first. */
    public ClaimReview of(PublicModel.FactCheck fact) {
        List<CorrectionComment> corrections = fact.corrections().stream()
                .map(v -> new CorrectionComment("CorrectionComment", v.correctionNote(), v.publishedAt())).toList();
        return of(fact.asSummary(), true, corrections.isEmpty() ? null : corrections);
    }

    /** The ClaimReview; {@code withContext} false for the elements of a DataFeed, which carries the context once. */
    public ClaimReview of(PublicModel.Summary fact, boolean withContext) {
        return of(fact, withContext, null);
    }

    private ClaimReview of(PublicModel.Summary fact, boolean withContext, List<CorrectionComment> corrections) {
        // Ratings off the numeric scale (MISLEADING, UNPROVEN, NOT_A_CLAIM) are expressed by alternateName alone.
        boolean onScale = fact.ratingValue() != null;
        Rating rating = new Rating("Rating", fact.ratingValue(), onScale ? fact.bestRating() : null,
                onScale ? fact.worstRating() : null, fact.label());
        CreativeWork appearance = fact.articleUrl() == null || fact.articleUrl().isBlank() ? null
                : new CreativeWork("CreativeWork", fact.articleUrl(), fact.articleTitle());
        Person author = fact.claimAuthor() == null || fact.claimAuthor().isBlank() ? null
                : new Person("Person", fact.claimAuthor());
        Claim claim = new Claim("Claim", author, fact.claimDate(), appearance, appearance);
        return new ClaimReview(withContext ? CONTEXT : null, "ClaimReview", urls.factCheck(fact.slug()),
                fact.claim(), fact.firstPublishedAt(), fact.version() > 1 ? fact.lastPublishedAt() : null,
                organization(), rating, claim, fact.language(), corrections);
    }

    public DataFeed dataFeed(List<PublicModel.Summary> facts) {
        Instant modified = facts.stream().map(PublicModel.Summary::lastPublishedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        return new DataFeed(CONTEXT, "DataFeed", config.organization().name() + " fact-checks",
                urls.dataFeed(), modified, facts.stream().map(fact -> of(fact, false)).toList());
    }

    public Organization organization() {
        PublicSiteConfig.Organization org = config.organization();
        return new Organization("Organization", org.name(), org.url(),
                org.logo().map(logo -> new ImageObject("ImageObject", logo)).orElse(null));
    }

    /**
     * JSON for a {@code <script type="application/ld+json">} element: every '<' escaped as \u003c (same JSON value),
     * so no text from a claim can close the script element or open a comment.
     */
    public String forScript(Object document) {
        return write(document).replace("<", "\\u003c");
    }

    public String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }
}
