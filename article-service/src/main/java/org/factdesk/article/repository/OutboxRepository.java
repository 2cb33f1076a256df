package org.factdesk.article.repository;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.domain.OutboxEvent;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * Takes a lease on the oldest unsent rows nobody else holds. SKIP LOCKED and the lease let several
     * replicas relay side by side without sending a row twice while it is in flight.
     */
    public Uni<List<OutboxEvent>> leaseUnsent(int batchSize, Duration lease) {
        String sql = """
                update outbox_event set lease_until = now() + make_interval(secs => ?1), attempts = attempts + 1
                where id in (select id from outbox_event
                             where sent_at is null and (lease_until is null or lease_until < now())
                             order by id limit ?2 for update skip locked)
                returning *""";
        return getSession().chain(session -> session.createNativeQuery(sql, OutboxEvent.class)
                .setParameter(1, (double) lease.toMillis() / 1000)
                .setParameter(2, batchSize)
                .getResultList())
                .map(rows -> rows.stream().sorted((a, b) -> Long.compare(a.id, b.id)).toList());
    }

    public Uni<Integer> markSent(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return update("sentAt = current_timestamp, leaseUntil = null, lastError = null where id in ?1", ids);
    }

    /** Releases failed rows for the next run and keeps the reason for operators. */
    public Uni<Integer> markFailed(Collection<Long> ids, String error) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String reason = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 2000));
        return update("leaseUntil = null, lastError = ?1 where id in ?2", reason, ids);
    }
}
