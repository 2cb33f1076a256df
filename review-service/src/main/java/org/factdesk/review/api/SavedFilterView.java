package org.factdesk.review.api;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.review.domain.SavedQueueFilter;

/** A saved view of the queue; its filters are the queue list's query parameters. */
public record SavedFilterView(UUID id, String name, String state, String assignee, String priority, Boolean overdue,
        String q, Instant savedAt) {

    public static SavedFilterView of(SavedQueueFilter filter) {
        return new SavedFilterView(filter.id(), filter.name(), filter.state(), filter.assignee(), filter.priority(),
                filter.overdue(), filter.q(), filter.savedAt());
    }
}
