package org.factdesk.article.api;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.article.domain.Rating;
import org.factdesk.article.domain.Verdict;

public record VerdictView(Rating rating, Integer ratingValue, String label, String summary, UUID reviewId,
        String reviewUrl, Instant publishedAt, Integer verdictVersion) {

    public static VerdictView of(Verdict verdict) {
        if (verdict == null || verdict.rating == null) {
            return null;
        }
        return new VerdictView(verdict.rating, verdict.ratingValue, verdict.label, verdict.summary, verdict.reviewId,
                verdict.reviewUrl, verdict.publishedAt, verdict.verdictVersion);
    }
}
