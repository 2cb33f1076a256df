package org.factdesk.review.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.AuditEntry;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** Up to {@code limit} entries after the cursor, oldest first (index review_audit_review_idx). */
    public Uni<List<AuditEntry>> page(UUID reviewId, ListCursor after, int limit) {
        Parameters params = Parameters.with("review", reviewId);
        String where = "reviewId = :review";
        if (after != null) {
            where += " and (at, id) > (:at, :id)";
            params.and("at", after.at()).and("id", Long.parseLong(after.id()));
        }
        return find(where + " order by at, id", params).range(0, limit - 1).list();
    }
}
