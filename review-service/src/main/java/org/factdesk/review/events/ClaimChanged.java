package org.factdesk.review.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Our copy of the article-service's claims.changed event (deploy/events/claims.changed.schema.json), reduced to what
 * the queue takes from it: the claim's priority and due time, and its status for a claim we have no review of yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimChanged(UUID eventId, Instant occurredAt, Integer version, UUID claimId, UUID articleId,
        String status, String priority, Instant dueAt) {
}
