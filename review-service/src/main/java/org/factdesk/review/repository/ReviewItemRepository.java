package org.factdesk.review.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.ReviewState;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReviewItemRepository implements PanacheRepositoryBase<ReviewItem, UUID> {

    /** Every mapped column: the generated search vector stays in the database. */
    private static final String ITEM_COLUMNS = "id, version, claim_id, article_id, article_title, article_url, "
            + "article_published_at, claim_text, claim_author, context, language, check_worthiness, priority, due_at, "
            + "queued_by, queued_at, state, assignee, rating, label, summary, explanation, researched_by, submitted_at, "
            + "approved_by, first_published_at, published_at, verdict_version, correction_note, created_at, updated_at, "
            + "priority_rank, due_sort, worthiness_sort, slug, assignee_id, researched_by_id, approved_by_id, "
            + "correction_proposed_by";
    /** Ever published (slug set) and still published: the only rows the public read model may show. */
    private static final String PUBLISHED = "slug is not null and state in ('PUBLISHED', 'CORRECTED')";

    public Uni<ReviewItem> findByClaimId(UUID claimId) {
        return find("claimId", claimId).firstResult();
    }

    public Uni<ReviewItem> findPublishedBySlug(String slug) {
        return find("slug = ?1 and state in ?2", slug, List.of(ReviewState.PUBLISHED, ReviewState.CORRECTED))
                .firstResult();
    }

    /**
     * One page of published items, newest first in the filter's order, after {@code cursor} (exclusive). Native
     * SQL for the full-text match; the order column and id descend together, so one row comparison continues from
     * the cursor on the public indexes.
     */
    public Uni<List<ReviewItem>> publishedPage(PublicFilter filter, PublicCursor cursor, int limit) {
        String column = filter.order().column();
        StringBuilder sql = new StringBuilder("select " + ITEM_COLUMNS + " from review_item where " + PUBLISHED);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.text() != null) {
            sql.append(" and public_search @@ websearch_to_tsquery('simple', :text)");
            params.put("text", filter.text());
        }
        if (filter.rating() != null) {
            sql.append(" and rating = :rating");
            params.put("rating", filter.rating().name());
        }
        if (filter.from() != null) {
            sql.append(" and first_published_at >= :from");
            params.put("from", filter.from());
        }
        if (filter.until() != null) {
            sql.append(" and first_published_at < :until");
            params.put("until", filter.until());
        }
        if (cursor != null) {
            sql.append(" and (").append(column).append(", id) < (:at, :id)");
            params.put("at", cursor.at());
            params.put("id", cursor.id());
        }
        sql.append(" order by ").append(column).append(" desc, id desc limit :limit");
        params.put("limit", limit);
        return getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql.toString(), ReviewItem.class);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** Slug and last public change of the newest published items (the sitemap), at most {@code limit}. */
    public Uni<List<Object[]>> publishedIndex(int limit) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                "select r.slug, r.publishedAt from ReviewItem r where r.slug is not null and r.state in :published"
                        + " order by r.publishedAt desc, r.id desc",
                Object[].class)
                .setParameter("published", List.of(ReviewState.PUBLISHED, ReviewState.CORRECTED))
                .setMaxResults(limit)
                .getResultList());
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
            // "is not null" keeps the test two-valued: without it an open item with no due time is in neither list.
            String overdue = "(r.dueAt is not null and r.dueAt < :now and r.state in :open)";
            where.add(filter.overdue() ? overdue : "not " + overdue);
            params.and("now", now).and("open", ReviewState.OPEN);
        }
        if (filter.text() != null) {
            // Uses the trigram index on lower(claim_text) (V17).
            where.add("lower(r.claimText) like :text escape '\\'");
            params.and("text", filter.likePattern());
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
