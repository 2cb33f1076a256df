package org.factdesk.review.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.ReviewState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewItemRepository implements PanacheRepositoryBase<ReviewItem, UUID> {

    public Uni<ReviewItem> findByClaimId(UUID claimId) {
        return find("claimId", claimId).firstResult();
    }

    /**
     * One page of the queue in queue order, after {@code cursor} (exclusive). The order columns are all
     * ascending, so a single row comparison continues from the cursor on the queue indexes.
     */
    public Uni<List<ReviewItem>> queuePage(QueueFilter filter, QueueCursor cursor, int limit, Instant now) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.state() != null) {
            where.add("r.state = :state");
            params.and("state", filter.state());
        }
        if (filter.assignee() != null) {
            where.add("r.assignee = :assignee");
            params.and("assignee", filter.assignee());
        }
        if (filter.priority() != null) {
            // The rank, not the priority: it leads the queue indexes, so the scan starts at the wanted priority
            // instead of filtering its way past every item ranked above it (a second on a million items).
            where.add("r.priorityRank = :priorityRank");
            params.and("priorityRank", filter.priority().rank());
        }
        if (filter.overdue() != null) {
            String overdue = "(r.dueAt < :now and r.state in :open)";
            where.add(filter.overdue() ? overdue : "not " + overdue);
            params.and("now", now).and("open", ReviewState.OPEN);
        }
        if (cursor != null) {
            where.add("(r.priorityRank, r.dueSort, r.worthinessSort, r.id) > (:rank, :due, :worthiness, :id)");
            params.and("rank", cursor.priorityRank()).and("due", cursor.dueSort())
                    .and("worthiness", cursor.worthinessSort()).and("id", cursor.id());
        }
        String query = "from ReviewItem r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by r.priorityRank, r.dueSort, r.worthinessSort, r.id";
        return find(query, params).range(0, limit - 1).list();
    }
}
