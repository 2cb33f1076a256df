package org.factdesk.review.api;

import java.time.Instant;

import org.factdesk.review.domain.Rating;

/** The proposed or published verdict; ratingValue is null for ratings off the numeric scale. */
public record VerdictView(Rating rating, Integer ratingValue, String label, String summary, String explanation,
        String researchedBy, Instant submittedAt, String approvedBy, Instant publishedAt,
        Integer verdictVersion, String correctionNote, String correctionProposedBy) {
}
