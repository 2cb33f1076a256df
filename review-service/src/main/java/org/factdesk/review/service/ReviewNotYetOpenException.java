package org.factdesk.review.service;

import java.util.UUID;

import org.factdesk.support.messaging.AwaitingEarlierEventException;

/**
 * A claims.changed for a claim in the desk arrived before the claims.queued that opens its review (another topic): a
 * transient failure, so the consumer retries it with back-off until the review is there or the wait is over. It follows
 * every queueing for a moment, so it is not warned about.
 */
public class ReviewNotYetOpenException extends AwaitingEarlierEventException {

    public ReviewNotYetOpenException(UUID claimId, UUID eventId) {
        super("claim " + claimId + " has no review yet for its claims.changed " + eventId);
    }
}
