package org.factdesk.review.domain;

/** Why someone is told that work moved. The names are stored and sent to browsers; keep them stable. */
public enum NotificationKind {
    /** A review was assigned to you (by someone else). */
    ASSIGNED,
    /** The approver sent your research back. */
    CHANGES_REQUESTED,
    /** A verdict on a claim you queued waits for a second person's approval. */
    SUBMITTED_FOR_APPROVAL,
    /** A verdict you researched, or on a claim you queued, was published. */
    PUBLISHED,
    /** Such a verdict was corrected. */
    CORRECTED,
    /** A review you hold (or queued, while nobody holds it) is past its due time. */
    OVERDUE
}
