package org.factdesk.review.api;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.review.domain.WebhookDelivery;

/** A row of the delivery log; {@code id} is the {@code webhook-id} the receiver saw. */
public record WebhookDeliveryView(UUID id, String eventType, UUID claimId, String status, int attempts,
        Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Instant deliveredAt, Integer lastStatusCode,
        String lastError) {

    public static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id(), d.eventType(), d.claimId(), d.status(), d.attempts(), d.createdAt(),
                WebhookDelivery.PENDING.equals(d.status()) ? d.nextAttemptAt() : null, d.lastAttemptAt(),
                d.deliveredAt(), d.lastStatusCode(), d.lastError());
    }
}
