package org.factdesk.review.events;

import java.time.Instant;
import java.util.UUID;

/** reviews.progress (deploy/events/reviews.progress.schema.json): every state change, including creation. */
public record ReviewProgressed(UUID eventId, Instant occurredAt, int version, UUID reviewId, UUID claimId,
        UUID articleId, String state, String previousState, String assignee, String actor) {
    public static final int SCHEMA_VERSION = 1;
}
