package org.factdesk.review.api;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.review.domain.Rating;

/** A correction proposed and waiting for a second person's approval (approve/reject by its id). */
public record CorrectionView(UUID id, int basedOnVersion, Rating rating, String label, String summary,
        String explanation, String correctionNote, String proposedBy, Instant proposedAt) {
}
