package org.factdesk.review.api;

import org.factdesk.review.domain.Priority;
import org.factdesk.review.domain.ReviewState;

import java.time.Instant;
import java.util.UUID;

/** A queue row. */
public record ReviewSummary(UUID id, long version, UUID claimId, UUID articleId, String articleTitle, String claimText,
                            Priority priority, Instant dueAt, boolean overdue, double checkWorthiness,
                            ReviewState state, String assignee, Instant updatedAt) {
}
