package org.factdesk.article.events;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.article.domain.ArticleStatus;
import org.factdesk.article.domain.ClaimStatus;
import org.factdesk.article.domain.Rating;

/** deploy/events/claims.changed.schema.json: lets the gateway push live claim updates. */
public record ClaimChangedEvent(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID claimId,
        UUID articleId,
        ClaimStatus status,
        ArticleStatus articleStatus,
        Rating rating) implements OutboxMessage {

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
