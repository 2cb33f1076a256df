package org.factdesk.review.api;

/** The number in the header's inbox badge. */
public record UnreadCount(long unread) {
}
