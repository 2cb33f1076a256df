package org.factdesk.article.events;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.article.domain.Priority;

/** deploy/events/claims.queued.schema.json */
public record ClaimQueuedEvent(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID claimId,
        UUID articleId,
        String articleTitle,
        String articleUrl,
        String claimText,
        String context,
        double checkWorthiness,
        Priority priority,
        Instant dueAt,
        String queuedBy,
        Instant queuedAt,
        String language,
        String claimAuthor,
        Instant articlePublishedAt) implements OutboxMessage {

    public static final int VERSION = 1;

    @Override
    public String topic() {
        return Topics.CLAIMS_QUEUED;
    }

    @Override
    public String key() {
        return claimId.toString();
    }
}
