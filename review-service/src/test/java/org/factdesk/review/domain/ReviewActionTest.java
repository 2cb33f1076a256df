package org.factdesk.review.domain;

import static org.factdesk.review.domain.ReviewAction.*;
import static org.factdesk.review.domain.ReviewState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The state machine as a table: every (state, action) pair, allowed or not, in milliseconds. */
class ReviewActionTest {

    private static final Map<ReviewState, Map<ReviewAction, ReviewState>> EXPECTED = new EnumMap<>(ReviewState.class);

    static {
        EXPECTED.put(QUEUED, Map.of(TAKE, IN_RESEARCH, ASSIGN, IN_RESEARCH, WITHDRAW, WITHDRAWN));
        EXPECTED.put(IN_RESEARCH, Map.of(ASSIGN, IN_RESEARCH, SUBMIT, SUBMITTED, WITHDRAW, WITHDRAWN));
        EXPECTED.put(SUBMITTED, Map.of(APPROVE, PUBLISHED, REQUEST_CHANGES, CHANGES_REQUESTED, WITHDRAW, WITHDRAWN));
        EXPECTED.put(CHANGES_REQUESTED, Map.of(TAKE, IN_RESEARCH, ASSIGN, IN_RESEARCH, WITHDRAW, WITHDRAWN));
        // A correction is approved into CORRECTED; proposing one does not move the item.
        EXPECTED.put(PUBLISHED, Map.of(CORRECT, CORRECTED));
        EXPECTED.put(CORRECTED, Map.of(CORRECT, CORRECTED));
        EXPECTED.put(WITHDRAWN, Map.of());
    }

    @Test
    void everyStateAllowsExactlyItsTransitions() {
        for (ReviewState state : ReviewState.values()) {
            for (ReviewAction action : ReviewAction.values()) {
                assertEquals(Optional.ofNullable(EXPECTED.get(state).get(action)), action.target(state),
                        state + " --" + action + "->");
            }
        }
    }

    @Test
    void allowedTransitionsNameTheEndpointsAndLeaveWithdrawalToTheEditorsDesk() {
        assertEquals(List.of("take", "assign"), ReviewAction.allowedFrom(QUEUED));
        assertEquals(List.of("assign", "submit"), ReviewAction.allowedFrom(IN_RESEARCH));
        assertEquals(List.of("approve", "request-changes"), ReviewAction.allowedFrom(SUBMITTED));
        assertEquals(List.of("corrections"), ReviewAction.allowedFrom(PUBLISHED));
        assertEquals(List.of(), ReviewAction.allowedFrom(WITHDRAWN));
    }

    @Test
    void applyingAForbiddenActionLeavesTheItemAsItWas() {
        ReviewItem item = new ReviewItem();
        item.state = PUBLISHED;
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> item.apply(APPROVE, java.time.Instant.now()));
        assertEquals(PUBLISHED, item.state);
        assertEquals(List.of("corrections"), refused.allowedTransitions());
    }
}
