package org.factdesk.review.repository;

import org.factdesk.review.domain.Priority;
import org.factdesk.review.domain.ReviewState;

/**
 * Queue filters; null means "any".
 *
 * @param text a substring the claim must contain, case-insensitively
 */
public record QueueFilter(ReviewState state, String assignee, Priority priority, Boolean overdue, String text) {

    /** The LIKE pattern of {@link #text}: its own %, _ and \ stand for themselves (escape character \). */
    public String likePattern() {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }
}
