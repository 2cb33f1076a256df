package org.factdesk.article.service;

/**
 * The claim's status does not allow this: a status change its lifecycle forbids, or an edit once the claim left the
 * editable statuses. A conflict with the workflow rather than with someone else's change, so clients tell it apart.
 */
public class IllegalTransitionException extends ConflictException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
