package org.factdesk.review.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.EvidenceSource;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class EvidenceSourceRepository implements PanacheRepositoryBase<EvidenceSource, UUID> {

    /** Up to {@code limit} sources after the cursor, oldest first (index review_source_page_idx). */
    public Uni<List<EvidenceSource>> page(UUID reviewId, ListCursor after, int limit) {
        Parameters params = Parameters.with("review", reviewId);
        String where = "reviewId = :review";
        if (after != null) {
            where += " and (addedAt, id) > (:at, :id)";
            params.and("at", after.at()).and("id", UUID.fromString(after.id()));
        }
        return find(where + " order by addedAt, id", params).range(0, limit - 1).list();
    }
}
