package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's saved view of the review queue: a name and the queue list's filters as the list spells them (null: any;
 * assignee "me" means whoever uses the view, its owner).
 */
public record SavedQueueFilter(UUID id, String name, String state, String assignee, String priority, Boolean overdue,
        String q, Instant savedAt) {
}
