package org.factdesk.gateway.partner;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.gateway.publishing.ClaimReviewMarkup;
import org.factdesk.gateway.publishing.PublicModel;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What partners receive: version 1 of a published contract, kept apart from the review-service's read model so that
 * the read model can change without breaking partners. Only published data exists here.
 */
public final class PartnerModel {

    private PartnerModel() {
    }

    @Schema(description = "A published fact-check; the verdict fields are those of the latest published version")
    public record Summary(String slug,
            @Schema(description = "The fact-check's public page") String url,
            String claim, String claimAuthor, Instant claimDate, String articleTitle, String articleUrl,
            String language,
            @Schema(description = "TRUE, MOSTLY_TRUE, HALF_TRUE, MOSTLY_FALSE, FALSE, MISLEADING, UNPROVEN or NOT_A_CLAIM") String rating,
            String label,
            @Schema(description = "1..5 on the scale worstRating..bestRating; null for ratings off the scale") Integer ratingValue,
            int bestRating, int worstRating, String summary, Instant firstPublishedAt,
            @Schema(description = "Latest publication: the first one or the latest correction") Instant lastPublishedAt,
            @Schema(description = "1 for the first publication, one more for each correction") int version) {

        static Summary of(PublicModel.Summary fact, String url) {
            return new Summary(fact.slug(), url, fact.claim(), fact.claimAuthor(), fact.claimDate(),
                    fact.articleTitle(), fact.articleUrl(), fact.language(), fact.rating(), fact.label(),
                    fact.ratingValue(), fact.bestRating(), fact.worstRating(), fact.summary(),
                    fact.firstPublishedAt(), fact.lastPublishedAt(), fact.version());
        }
    }

    @Schema(description = "A page of published fact-checks; pass `next` as `after` for the following page (null on the last)")
    public record Page(List<Summary> items, String next) {
    }

    @Schema(description = "One published fact-check with its sources, its corrections and its schema.org ClaimReview")
    public record FactCheck(Summary factCheck, String explanation, List<Source> sources,
            @Schema(description = "Every published version, the first publication included, oldest first") List<Version> versions,
            @Schema(description = "The ClaimReview (schema.org JSON-LD) published on the page") ClaimReviewMarkup.ClaimReview claimReview) {
    }

    public record Source(String url, String title, String publisher, String quote, boolean primary,
            Instant accessedAt) {

        static Source of(PublicModel.Source source) {
            return new Source(source.url(), source.title(), source.publisher(), source.quote(), source.primary(),
                    source.accessedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Version(int version, Instant publishedAt, String rating, String label, String summary,
            @Schema(description = "Why the verdict was corrected; absent on the first publication") String correctionNote) {

        static Version of(PublicModel.Version version) {
            return new Version(version.version(), version.publishedAt(), version.rating(), version.label(),
                    version.summary(), version.correctionNote());
        }
    }
}
