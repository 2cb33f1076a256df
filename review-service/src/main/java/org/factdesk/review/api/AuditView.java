package org.factdesk.review.api;

import org.factdesk.review.domain.ReviewState;

import java.time.Instant;

public record AuditView(Instant at, String actor, String action, ReviewState from, ReviewState to, String reason) {
}
