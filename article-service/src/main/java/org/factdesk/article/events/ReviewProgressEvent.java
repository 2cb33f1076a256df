package org.factdesk.article.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of deploy/events/reviews.progress.schema.json; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewProgressEvent(
        UUID eventId,
        Instant occurredAt,
        Integer version,
        UUID reviewId,
        UUID claimId,
        UUID articleId,
        String state,
        String previousState,
        String assignee,
        String actor) implements ConsumedEvent {

    @Override
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        ConsumedEvent.require(missing, "eventId", eventId);
        ConsumedEvent.require(missing, "claimId", claimId);
        ConsumedEvent.require(missing, "reviewId", reviewId);
        ConsumedEvent.require(missing, "state", state);
        return missing;
    }
}
