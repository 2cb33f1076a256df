package org.factdesk.support.messaging;

/**
 * A valid event that needs another one, from another topic, to be applied first (e.g. a change to a claim whose
 * review has not been opened yet). Expected for a moment after every such pair, so {@link UntilApplied} retries it
 * like any transient failure but does not warn about it.
 */
public class AwaitingEarlierEventException extends RuntimeException {

    public AwaitingEarlierEventException(String message) {
        super(message);
    }
}
