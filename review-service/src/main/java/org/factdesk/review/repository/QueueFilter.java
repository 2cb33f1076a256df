package org.factdesk.review.repository;

import org.factdesk.review.domain.Priority;
import org.factdesk.review.domain.ReviewState;

/** Queue filters; null means "any". */
public record QueueFilter(ReviewState state, String assignee, Priority priority, Boolean overdue) {
}
