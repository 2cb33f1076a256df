package org.factdesk.review.domain;

import static org.factdesk.review.domain.ReviewState.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow's transitions. {@link #pathName()} is the REST sub-resource that performs the action, which is
 * also how the allowed transitions are reported to clients.
 */
public enum ReviewAction {
    TAKE("take"),
    ASSIGN("assign"),
    SUBMIT("submit"),
    APPROVE("approve"),
    REQUEST_CHANGES("request-changes"),
    CORRECT("corrections"),
    WITHDRAW("withdraw");

    private static final Map<ReviewState, Map<ReviewAction, ReviewState>> TRANSITIONS = new EnumMap<>(ReviewState.class);

    static {
        for (ReviewState state : ReviewState.values()) {
            TRANSITIONS.put(state, new EnumMap<>(ReviewAction.class));
        }
        allow(QUEUED, TAKE, IN_RESEARCH);
        allow(QUEUED, ASSIGN, IN_RESEARCH);
        allow(IN_RESEARCH, ASSIGN, IN_RESEARCH);
        allow(IN_RESEARCH, SUBMIT, SUBMITTED);
        allow(SUBMITTED, APPROVE, PUBLISHED);
        allow(SUBMITTED, REQUEST_CHANGES, CHANGES_REQUESTED);
        // The researcher resumes work on a sent-back item by taking it again; an editor may hand it to someone else.
        allow(CHANGES_REQUESTED, TAKE, IN_RESEARCH);
        allow(CHANGES_REQUESTED, ASSIGN, IN_RESEARCH);
        allow(PUBLISHED, CORRECT, CORRECTED);
        allow(CORRECTED, CORRECT, CORRECTED);
        for (ReviewState open : ReviewState.OPEN) {
            allow(open, WITHDRAW, WITHDRAWN);
        }
    }

    private final String pathName;

    ReviewAction(String pathName) {
        this.pathName = pathName;
    }

    private static void allow(ReviewState from, ReviewAction action, ReviewState to) {
        TRANSITIONS.get(from).put(action, to);
    }

    public String pathName() {
        return pathName;
    }

    public Optional<ReviewState> target(ReviewState from) {
        return Optional.ofNullable(TRANSITIONS.get(from).get(this));
    }

    /** Actions a user can trigger through the API in the given state (withdrawal comes only from the editors' desk). */
    public static List<String> allowedFrom(ReviewState state) {
        return TRANSITIONS.get(state).keySet().stream()
                .filter(action -> action != WITHDRAW)
                .map(ReviewAction::pathName)
                .toList();
    }
}
