package org.factdesk.review.api;

import java.time.Instant;

/**
 * A published fact-check as the public list and the feeds show it: only what was published, never drafts, notes or
 * who worked on it. The verdict fields are those of the latest published version.
 *
 * @param ratingValue null for ratings off the 1..5 scale (MISLEADING, UNPROVEN, NOT_A_CLAIM)
 */
public record PublicFactCheckSummary(String slug, String claim, String claimAuthor, Instant claimDate,
        String articleTitle, String articleUrl, String language, String rating,
        String label, Integer ratingValue, int bestRating, int worstRating,
        String summary, Instant firstPublishedAt, Instant lastPublishedAt,
        int version) {
}
