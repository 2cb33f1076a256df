package org.factdesk.review.domain;

public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** Position in the queue: URGENT first (same expression as the review_item.priority_rank column). */
    public short rank() {
        return (short) (URGENT.ordinal() - ordinal());
    }
}
