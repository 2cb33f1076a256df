package org.factdesk.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscriber endpoint as stored, with the counts of its queue. */
public record WebhookSubscription(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
        String disabledReason, Instant disabledAt, int consecutiveFailures, String createdBy, Instant createdAt,
        Instant secretRotatedAt, Instant previousSecretExpiresAt, long pendingDeliveries, long failedDeliveries,
        Instant lastDeliveredAt) {
}
