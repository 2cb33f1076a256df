package org.factdesk.review.api;

import java.time.Instant;

import org.factdesk.review.domain.ReviewState;

/** actor is the display name, actorId the token subject; actingAs the authority used on someone else's work. */
public record AuditView(Instant at, String actor, String actorId, String actingAs, String action, ReviewState from,
        ReviewState to, String reason) {
}
