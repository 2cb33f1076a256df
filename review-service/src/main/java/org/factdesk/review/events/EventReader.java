package org.factdesk.review.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.Priority;
import org.factdesk.support.messaging.UnusableEventException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses consumed events and checks what our side relies on, so bad input fails here and not in the database. */
@ApplicationScoped
public class EventReader {

    private static final Set<String> PRIORITIES = Set.of("LOW", "NORMAL", "HIGH", "URGENT");

    private final ObjectMapper json;

    public EventReader(ObjectMapper json) {
        this.json = json;
    }

    public ClaimQueued claimQueued(String payload) {
        ClaimQueued event = parse(payload, ClaimQueued.class);
        List<String> problems = new ArrayList<>();
        require(problems, "eventId", event.eventId());
        require(problems, "claimId", event.claimId());
        require(problems, "articleId", event.articleId());
        require(problems, "articleTitle", event.articleTitle());
        require(problems, "claimText", event.claimText());
        require(problems, "checkWorthiness", event.checkWorthiness());
        require(problems, "priority", event.priority());
        require(problems, "queuedBy", event.queuedBy());
        require(problems, "queuedAt", event.queuedAt());
        if (event.priority() != null && !PRIORITIES.contains(event.priority())) {
            problems.add("priority: must be one of " + List.of(Priority.values()));
        }
        if (event.checkWorthiness() != null && (event.checkWorthiness() < 0 || event.checkWorthiness() > 1)) {
            problems.add("checkWorthiness: must be between 0 and 1");
        }
        maxLength(problems, "articleTitle", event.articleTitle(), 500);
        maxLength(problems, "claimText", event.claimText(), 2000);
        maxLength(problems, "articleUrl", event.articleUrl(), 2048);
        maxLength(problems, "claimAuthor", event.claimAuthor(), 500);
        return valid(event, problems);
    }

    public ClaimWithdrawn claimWithdrawn(String payload) {
        ClaimWithdrawn event = parse(payload, ClaimWithdrawn.class);
        List<String> problems = new ArrayList<>();
        require(problems, "eventId", event.eventId());
        require(problems, "claimId", event.claimId());
        require(problems, "withdrawnBy", event.withdrawnBy());
        return valid(event, problems);
    }

    public ClaimChanged claimChanged(String payload) {
        ClaimChanged event = parse(payload, ClaimChanged.class);
        List<String> problems = new ArrayList<>();
        require(problems, "eventId", event.eventId());
        require(problems, "occurredAt", event.occurredAt());
        require(problems, "claimId", event.claimId());
        require(problems, "status", event.status());
        // Optional (events written before it was added have none), but when present it must be one we can queue by.
        if (event.priority() != null && !PRIORITIES.contains(event.priority())) {
            problems.add("priority: must be one of " + List.of(Priority.values()));
        }
        return valid(event, problems);
    }

    private <T> T parse(String payload, Class<T> type) {
        if (payload == null || payload.isBlank()) {
            throw new UnusableEventException("empty message");
        }
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new UnusableEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void require(List<String> problems, String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            problems.add(field + ": required");
        }
    }

    private static void maxLength(List<String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field + ": longer than " + max);
        }
    }

    private static <T> T valid(T event, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new UnusableEventException(event.getClass().getSimpleName() + " rejected: " + String.join("; ", problems));
        }
        return event;
    }
}
