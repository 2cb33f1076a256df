package org.factdesk.article.events;

import java.time.Instant;
import java.util.UUID;

/** deploy/events/claims.withdrawn.schema.json */
public record ClaimWithdrawnEvent(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID claimId,
        UUID articleId,
        String withdrawnBy,
        String reason) implements OutboxMessage {

    public static final int VERSION = 1;

    @Override
    public String topic() {
        return Topics.CLAIMS_WITHDRAWN;
    }

    @Override
    public String key() {
        return claimId.toString();
    }
}
