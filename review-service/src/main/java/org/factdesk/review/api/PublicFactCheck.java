package org.factdesk.review.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One published fact-check with everything its public page shows: the latest published verdict, its sources and
 * every published version (the corrections history, oldest first). Reviewer names only when configured.
 */
public record PublicFactCheck(String slug, String claim, String claimAuthor, Instant claimDate,
        String articleTitle, String articleUrl, String language, String rating,
        String label, Integer ratingValue, int bestRating, int worstRating,
        String summary, String explanation, Instant firstPublishedAt, Instant lastPublishedAt,
        int version, List<Source> sources, List<Version> versions,
        @JsonInclude(JsonInclude.Include.NON_NULL) String researchedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String approvedBy) {

    public record Source(String url, String title, String publisher, String quote, boolean primary,
            Instant accessedAt) {
    }

    /** A published version: the first publication (no correction note) or a correction. */
    public record Version(int version, Instant publishedAt, String rating, String label, String summary,
            String correctionNote,
            @JsonInclude(JsonInclude.Include.NON_NULL) String researchedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) String approvedBy) {
    }
}
