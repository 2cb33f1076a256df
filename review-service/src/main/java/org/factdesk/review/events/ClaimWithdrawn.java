package org.factdesk.review.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Our copy of the article-service's claims.withdrawn event (deploy/events/claims.withdrawn.schema.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimWithdrawn(UUID eventId, Instant occurredAt, Integer version, UUID claimId, UUID articleId,
        String withdrawnBy, String reason) {
}
