package org.factdesk.review.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.factdesk.review.domain.WebhookSubscription;

/** A subscriber endpoint with the state of its queue; never its secrets. */
public record WebhookView(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
        String disabledReason, Instant disabledAt, int consecutiveFailures, String createdBy, Instant createdAt,
        Instant secretRotatedAt, Instant previousSecretExpiresAt, long pendingDeliveries, long failedDeliveries,
        Instant lastDeliveredAt) {

    public static WebhookView of(WebhookSubscription s) {
        return new WebhookView(s.id(), s.url(), s.description(), s.eventTypes(), s.enabled(), s.disabledReason(),
                s.disabledAt(), s.consecutiveFailures(), s.createdBy(), s.createdAt(), s.secretRotatedAt(),
                s.previousSecretExpiresAt(), s.pendingDeliveries(), s.failedDeliveries(), s.lastDeliveredAt());
    }
}
