package org.factdesk.review.repository;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Deletes rows past their retention, oldest first, a bounded batch per call, in the caller's transaction. */
@ApplicationScoped
public class RetentionRepository {

    /** Notifications created before {@code cutoff}; their mails go by the foreign key's cascade. */
    public Uni<Integer> deleteNotificationsBefore(Instant cutoff, int limit) {
        return delete("delete from notification where id in (select id from notification where created_at < :cutoff "
                + "order by created_at limit :limit)", cutoff, limit);
    }

    /** Delivered or failed webhook deliveries created before {@code cutoff}, with their attempts (cascade). */
    public Uni<Integer> deleteFinishedDeliveriesBefore(Instant cutoff, int limit) {
        return delete("delete from webhook_delivery where id in (select id from webhook_delivery "
                + "where status <> 'PENDING' and created_at < :cutoff order by created_at limit :limit)", cutoff, limit);
    }

    /** Ids of events consumed before {@code cutoff}, which no topic holds any more. */
    public Uni<Integer> deleteProcessedEventsBefore(Instant cutoff, int limit) {
        return delete("delete from processed_event where event_id in (select event_id from processed_event "
                + "where processed_at < :cutoff order by processed_at limit :limit)", cutoff, limit);
    }

    private static Uni<Integer> delete(String sql, Instant cutoff, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(sql)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC)).setParameter("limit", limit)
                .executeUpdate());
    }
}
