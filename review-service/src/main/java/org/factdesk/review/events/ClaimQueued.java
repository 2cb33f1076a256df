package org.factdesk.review.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Our copy of the article-service's claims.queued event (deploy/events/claims.queued.schema.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimQueued(UUID eventId, Instant occurredAt, Integer version, UUID claimId, UUID articleId,
        String articleTitle, String articleUrl, String claimText, String context,
        Double checkWorthiness, String priority, Instant dueAt, String queuedBy, Instant queuedAt,
        String language, String claimAuthor, Instant articlePublishedAt) {
}
