package org.factdesk.review.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** What a claims.changed means for a claim this desk has no review of. */
public final class ClaimChange {

    /** The article-service's claim statuses of a claim in the review desk: queued, or its review under way. */
    private static final Set<String> IN_DESK = Set.of("QUEUED", "IN_REVIEW");

    public enum WithoutReview {
        /** Not in the desk (suggested, dismissed, decided, withdrawn): nothing of ours to change. */
        IGNORE,
        /** In the desk: its claims.queued, on another topic, may still be on its way. */
        WAIT,
        /** In the desk, but waited for long enough: its review is not coming. */
        GIVE_UP
    }

    private ClaimChange() {
    }

    public static WithoutReview withoutReview(String claimStatus, Instant occurredAt, Instant now, Duration maxWait) {
        if (!IN_DESK.contains(claimStatus)) {
            return WithoutReview.IGNORE;
        }
        return occurredAt.plus(maxWait).isAfter(now) ? WithoutReview.WAIT : WithoutReview.GIVE_UP;
    }
}
