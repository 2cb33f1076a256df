package org.factdesk.article.domain;

import java.util.Set;

/** A claim's life: SUGGESTED -> QUEUED -> IN_REVIEW -> VERDICT, with DISMISSED and WITHDRAWN as exits. */
public enum ClaimStatus {
    SUGGESTED,
    DISMISSED,
    QUEUED,
    IN_REVIEW,
    VERDICT,
    WITHDRAWN;

    public boolean isInCheck() {
        return this == QUEUED || this == IN_REVIEW;
    }

    /** Editors may still change wording, priority and due time while the claim is not decided. */
    public boolean isEditable() {
        return this == SUGGESTED || this == QUEUED || this == IN_REVIEW;
    }

    public boolean canTransitionTo(ClaimStatus target) {
        return switch (target) {
            case SUGGESTED -> false;
            case DISMISSED, QUEUED -> this == SUGGESTED;
            case IN_REVIEW -> this == QUEUED || this == IN_REVIEW;
            case VERDICT -> this == QUEUED || this == IN_REVIEW || this == VERDICT;
            case WITHDRAWN -> this == QUEUED || this == IN_REVIEW;
        };
    }

    /** Claims that took part in the review workflow keep their history even when their sentence is edited away. */
    public static final Set<ClaimStatus> WORKFLOW = Set.of(QUEUED, IN_REVIEW, VERDICT, WITHDRAWN);
}
