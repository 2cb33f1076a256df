package org.factdesk.article.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.support.messaging.UnusableEventException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads consumed JSON into this service's event records; anything unusable is rejected with the reason. */
@ApplicationScoped
public class EventParser {

    private final ObjectMapper json;

    public EventParser(ObjectMapper json) {
        this.json = json;
    }

    public <T extends ConsumedEvent> T parse(String payload, Class<T> type) {
        if (payload == null || payload.isBlank()) {
            throw new UnusableEventException(type.getSimpleName() + " message is empty");
        }
        T event;
        try {
            event = json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new UnusableEventException(type.getSimpleName() + " is not readable: " + e.getOriginalMessage());
        }
        List<String> missing = event.missingFields();
        if (!missing.isEmpty()) {
            throw new UnusableEventException(type.getSimpleName() + " lacks required fields " + missing);
        }
        return event;
    }
}
