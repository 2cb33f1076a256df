package org.factdesk.review.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a review item is in the four-eyes workflow. */
public enum ReviewState {
    QUEUED,
    IN_RESEARCH,
    SUBMITTED,
    CHANGES_REQUESTED,
    PUBLISHED,
    CORRECTED,
    WITHDRAWN;

    /** States in which the work is not finished: these can be withdrawn and count as overdue or load. */
    public static final Set<ReviewState> OPEN = EnumSet.of(QUEUED, IN_RESEARCH, SUBMITTED, CHANGES_REQUESTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isPublished() {
        return this == PUBLISHED || this == CORRECTED;
    }
}
