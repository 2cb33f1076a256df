package org.factdesk.review.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.OutboxEvent;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class OutboxEventRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /** The oldest unsent events, in the order they were written (which keeps per-claim order). */
    public Uni<List<OutboxEvent>> unsent(int limit) {
        return find("sentAt is null", Sort.by("id")).range(0, limit - 1).list();
    }

    public Uni<Integer> markSent(long id, Instant at) {
        return update("sentAt = ?1, attempts = attempts + 1, lastError = null where id = ?2", at, id);
    }

    public Uni<Integer> markFailed(long id, String error) {
        return update("attempts = attempts + 1, lastError = ?1 where id = ?2", error, id);
    }
}
