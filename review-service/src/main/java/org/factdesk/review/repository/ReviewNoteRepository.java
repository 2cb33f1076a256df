package org.factdesk.review.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.ReviewNote;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReviewNoteRepository implements PanacheRepositoryBase<ReviewNote, UUID> {

    /** Up to {@code limit} notes after the cursor, oldest first (index review_note_page_idx). */
    public Uni<List<ReviewNote>> page(UUID reviewId, ListCursor after, int limit) {
        Parameters params = Parameters.with("review", reviewId);
        String where = "reviewId = :review";
        if (after != null) {
            where += " and (createdAt, id) > (:at, :id)";
            params.and("at", after.at()).and("id", UUID.fromString(after.id()));
        }
        return find(where + " order by createdAt, id", params).range(0, limit - 1).list();
    }
}
