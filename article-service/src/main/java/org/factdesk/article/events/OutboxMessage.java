package org.factdesk.article.events;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An event record that travels through the outbox: its topic and key are routing, not payload. */
public interface OutboxMessage {

    UUID eventId();

    @JsonIgnore
    String topic();

    @JsonIgnore
    String key();
}
