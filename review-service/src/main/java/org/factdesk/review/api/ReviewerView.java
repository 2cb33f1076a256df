package org.factdesk.review.api;

/** Someone an item can be assigned to, with the open items already assigned to them. */
public record ReviewerView(String username, long openItems) {
}
