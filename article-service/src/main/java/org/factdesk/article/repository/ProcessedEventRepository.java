package org.factdesk.article.repository;

import java.time.Instant;
import java.time.ZoneOffset;
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

    /** Forgets, oldest first, up to {@code limit} ids of events consumed before {@code cutoff}. */
    public Uni<Integer> deleteProcessedBefore(Instant cutoff, int limit) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from processed_event where event_id in (select event_id from processed_event "
                        + "where processed_at < ?1 order by processed_at limit ?2)")
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .executeUpdate());
    }
}
