package org.factdesk.review.api;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.review.domain.Notification;

/** One line of the inbox; {@code read} is false until the recipient opens or dismisses it. */
public record NotificationView(UUID id, String kind, UUID reviewId, String claimText, String actor, Instant createdAt,
        boolean read) {

    public static NotificationView of(Notification notification) {
        return new NotificationView(notification.id, notification.kind.name(), notification.reviewId,
                notification.claimText, notification.actor, notification.createdAt, notification.readAt != null);
    }
}
