package org.factdesk.review.messaging;

import java.time.Instant;
import java.util.UUID;

/** verdicts.published (deploy/events/verdicts.published.schema.json): first publication and every correction. */
public record VerdictPublished(UUID eventId, Instant occurredAt, int version, UUID claimId, UUID reviewId,
                               UUID articleId, int verdictVersion, String rating, Integer ratingValue, String label,
                               String summary, String reviewUrl, String researchedBy, String approvedBy,
                               String correctionNote, Instant publishedAt) {
    public static final String TOPIC = "verdicts.published";
    public static final int SCHEMA_VERSION = 1;
}
