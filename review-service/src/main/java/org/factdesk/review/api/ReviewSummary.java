package org.factdesk.review.api;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.review.domain.Priority;
import org.factdesk.review.domain.ReviewState;

/** A queue row. */
public record ReviewSummary(UUID id, long version, UUID claimId, UUID articleId, String articleTitle, String claimText,
        Priority priority, Instant dueAt, boolean overdue, double checkWorthiness,
        ReviewState state, String assignee, Instant updatedAt) {
}
