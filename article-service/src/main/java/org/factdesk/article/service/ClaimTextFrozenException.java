package org.factdesk.article.service;

import java.util.List;
import java.util.UUID;

import org.factdesk.article.domain.ClaimStatus;

/** A queued or in-review claim's wording is what its review researches: it cannot change under the reviewer. */
public class ClaimTextFrozenException extends IllegalTransitionException {

    /** What an editor can do instead; names of the claim's action endpoints. */
    public static final List<String> ALLOWED_ACTIONS = List.of("withdraw", "add-claim", "priority", "dueAt");

    public ClaimTextFrozenException(UUID claimId, ClaimStatus status) {
        super("claim " + claimId + " is " + status + ": its text is frozen because a review is researching this "
                + "wording. To check a different wording, withdraw this claim (POST .../claims/" + claimId
                + "/withdraw) and add a new claim (POST .../claims); priority and dueAt can still be changed.");
    }

    public List<String> allowedActions() {
        return ALLOWED_ACTIONS;
    }
}
