package org.factdesk.article.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.factdesk.article.domain.Rating;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of deploy/events/verdicts.published.schema.json; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerdictPublishedEvent(
        UUID eventId,
        Instant occurredAt,
        Integer version,
        UUID claimId,
        UUID reviewId,
        UUID articleId,
        Integer verdictVersion,
        Rating rating,
        Integer ratingValue,
        String label,
        String summary,
        String reviewUrl,
        String approvedBy,
        Instant publishedAt) implements ConsumedEvent {

    @Override
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        ConsumedEvent.require(missing, "eventId", eventId);
        ConsumedEvent.require(missing, "claimId", claimId);
        ConsumedEvent.require(missing, "reviewId", reviewId);
        ConsumedEvent.require(missing, "verdictVersion", verdictVersion);
        ConsumedEvent.require(missing, "rating", rating);
        ConsumedEvent.require(missing, "label", label);
        ConsumedEvent.require(missing, "publishedAt", publishedAt);
        return missing;
    }
}
