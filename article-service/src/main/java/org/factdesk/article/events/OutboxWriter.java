package org.factdesk.article.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.domain.OutboxEvent;
import org.factdesk.article.repository.OutboxRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** Appends events to the outbox inside the caller's transaction; the relay publishes them after commit. */
@ApplicationScoped
public class OutboxWriter {

    private final OutboxRepository outbox;
    private final ObjectMapper json;

    public OutboxWriter(OutboxRepository outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    public Uni<Void> append(OutboxMessage message) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = message.eventId();
        row.topic = message.topic();
        row.messageKey = message.key();
        row.payload = serialize(message);
        row.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return outbox.persist(row).replaceWithVoid();
    }

    private String serialize(OutboxMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + message.getClass().getSimpleName() + " cannot be serialised", e);
        }
    }
}
