package org.factdesk.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A view of the queue to save under a name: the queue list's filters as its query parameters spell them (assignee
 * may be {@code me}, which stays "whoever uses the view", that is its owner).
 */
public record SavedFilterRequest(@NotBlank @Size(max = 100) String name, String state, @Size(max = 200) String assignee,
        String priority, Boolean overdue, String q) {
}
