package org.factdesk.article.events;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.article.domain.ArticleStatus;
import org.factdesk.article.domain.ClaimStatus;
import org.factdesk.article.domain.Priority;
import org.factdesk.article.domain.Rating;

/**
 * deploy/events/claims.changed.schema.json: lets the gateway push live claim updates, and carries the claim's priority
 * and due time to the review-service's queue.
 */
public record ClaimChangedEvent(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID claimId,
        UUID articleId,
        ClaimStatus status,
        ArticleStatus articleStatus,
        Rating rating,
        Priority priority,
        Instant dueAt) implements OutboxMessage {

    public static final int VERSION = 1;

    @Override
    public String topic() {
        return Topics.CLAIMS_CHANGED;
    }

    @Override
    public String key() {
        return claimId.toString();
    }
}
