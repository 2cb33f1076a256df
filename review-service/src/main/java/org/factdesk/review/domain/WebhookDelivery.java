package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

/** One event for one subscriber, as the delivery log shows it. */
public record WebhookDelivery(UUID id, long seq, UUID subscriptionId, String eventType, UUID claimId, String status,
        int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode,
        String lastError, Instant deliveredAt) {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
}
