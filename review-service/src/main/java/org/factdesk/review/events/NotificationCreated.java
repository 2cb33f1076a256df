package org.factdesk.review.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A new line in someone's inbox (topic notifications, keyed by the recipient's user name; see
 * deploy/events/notifications.schema.json). The gateway writes it only to that user's open live streams.
 */
public record NotificationCreated(UUID eventId, Instant occurredAt, int version, UUID notificationId,
        String recipient, String kind, UUID reviewId, String claimText, String actor) {

    public static final int SCHEMA_VERSION = 1;
}
