package org.factdesk.review.domain;

import java.util.List;
import java.util.UUID;

/** A transition the workflow does not allow from the item's current state. */
public class IllegalTransitionException extends RuntimeException {

    private final ReviewState state;
    private final List<String> allowedTransitions;

    public IllegalTransitionException(UUID reviewId, ReviewState state, ReviewAction action) {
        super("review " + reviewId + " is " + state + ": '" + action.pathName() + "' is not allowed; allowed: "
                + ReviewAction.allowedFrom(state));
        this.state = state;
        this.allowedTransitions = ReviewAction.allowedFrom(state);
    }

    public ReviewState state() {
        return state;
    }

    public List<String> allowedTransitions() {
        return allowedTransitions;
    }
}
