package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consumed event, recorded in the same transaction as its effect so a redelivery changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {
    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(nullable = false)
    public String topic;
    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    public static ProcessedEvent of(UUID eventId, String topic, Instant at) {
        ProcessedEvent event = new ProcessedEvent();
        event.eventId = eventId;
        event.topic = topic;
        event.processedAt = at;
        return event;
    }
}
