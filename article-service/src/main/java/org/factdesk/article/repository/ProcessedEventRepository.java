package org.factdesk.article.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProcessedEventRepository {

    /**
     * Records that an event was consumed; false when it was already recorded. A concurrent duplicate
     * waits on the primary key until the first transaction ends, then sees the row and does nothing.
     */
    public Uni<Boolean> markProcessed(UUID eventId, String topic) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery(
                        "insert into processed_event (event_id, topic, processed_at) values (?1, ?2, now()) on conflict do nothing")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
