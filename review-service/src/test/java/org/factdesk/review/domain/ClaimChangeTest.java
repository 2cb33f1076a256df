package org.factdesk.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.factdesk.review.domain.ClaimChange.WithoutReview;
import org.junit.jupiter.api.Test;

/** What a claims.changed does: to a claim without a review, and to the review of one. */
class ClaimChangeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final Instant DUE = Instant.parse("2026-12-09T12:00:00Z");

    @Test
    void aClaimInTheDeskWaitsForItsReviewUpToTheBound() {
        assertEquals(WithoutReview.WAIT, ClaimChange.withoutReview("QUEUED", NOW.minusSeconds(5), NOW, WAIT));
        assertEquals(WithoutReview.WAIT, ClaimChange.withoutReview("IN_REVIEW", NOW.minusSeconds(119), NOW, WAIT));
        assertEquals(WithoutReview.GIVE_UP, ClaimChange.withoutReview("QUEUED", NOW.minus(WAIT), NOW, WAIT));
        assertEquals(WithoutReview.GIVE_UP, ClaimChange.withoutReview("IN_REVIEW", NOW.minusSeconds(3600), NOW, WAIT));
    }

    @Test
    void aClaimOutsideTheDeskIsIgnoredHoweverYoung() {
        for (String status : new String[] { "SUGGESTED", "DISMISSED", "VERDICT", "WITHDRAWN", "SOMETHING_NEW" }) {
            assertEquals(WithoutReview.IGNORE, ClaimChange.withoutReview(status, NOW, NOW, WAIT), status);
        }
    }

    @Test
    void anOpenReviewTakesTheNewPriorityAndDueTime() {
        ReviewItem item = item(ReviewState.IN_RESEARCH);
        assertTrue(item.reschedule(Priority.URGENT, DUE, NOW));
        assertEquals(Priority.URGENT, item.priority);
        assertEquals(DUE, item.dueAt);
        assertEquals(NOW, item.updatedAt);
    }

    @Test
    void anAbsentPriorityOrDueTimeKeepsTheCurrentOne() {
        ReviewItem item = item(ReviewState.QUEUED);
        assertTrue(item.reschedule(null, DUE, NOW));
        assertEquals(Priority.NORMAL, item.priority);
        assertTrue(item.reschedule(Priority.LOW, null, NOW));
        assertEquals(DUE, item.dueAt);
        assertFalse(item.reschedule(null, null, NOW));
    }

    @Test
    void theSameValuesAgainAreNoChange() {
        ReviewItem item = item(ReviewState.QUEUED);
        assertFalse(item.reschedule(Priority.NORMAL, null, NOW));
        assertEquals(NOW.minusSeconds(60), item.updatedAt);
    }

    @Test
    void aFinishedReviewKeepsWhatItWasDoneUnder() {
        for (ReviewState state : new ReviewState[] { ReviewState.PUBLISHED, ReviewState.CORRECTED, ReviewState.WITHDRAWN }) {
            ReviewItem item = item(state);
            assertFalse(item.reschedule(Priority.URGENT, DUE, NOW), state.name());
            assertEquals(Priority.NORMAL, item.priority);
            assertEquals(null, item.dueAt);
        }
    }

    private static ReviewItem item(ReviewState state) {
        ReviewItem item = new ReviewItem();
        item.state = state;
        item.priority = Priority.NORMAL;
        item.updatedAt = NOW.minusSeconds(60);
        return item;
    }
}
