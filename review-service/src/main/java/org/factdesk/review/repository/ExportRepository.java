package org.factdesk.review.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.Rating;
import org.factdesk.review.domain.ReviewState;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Chunks of the CSV exports, read with plain SQL on the reactive pool: no entities, no session, so a chunk costs its
 * rows and is garbage as soon as it is written. Each chunk is its own keyset query on the index of its order (the
 * queue order of {@link ReviewItemRepository#queuePage}, the public list's newest-first order), so a million rows
 * cost a million index steps and the memory of one chunk, not an OFFSET scan or a result held open. Rows that
 * change while an export runs may be missed or seen in their new place, as when paging the list by hand.
 */
@ApplicationScoped
public class ExportRepository {

    private static final String QUEUE_COLUMNS = "select id, claim_id, article_id, article_title, claim_text, "
            + "claim_author, priority, due_at, check_worthiness, state, assignee, queued_by, queued_at, updated_at, "
            + "priority_rank, due_sort, worthiness_sort from review_item";
    private static final String VERDICT_COLUMNS = "select id, claim_id, article_id, article_title, article_url, "
            + "claim_text, claim_author, rating, label, summary, researched_by, approved_by, verdict_version, "
            + "first_published_at, published_at, correction_note, slug, state from review_item";
    /** The public read model's published set (as in {@link ReviewItemRepository}), on its partial indexes. */
    private static final String PUBLISHED = "slug is not null and state in ('PUBLISHED', 'CORRECTED')";

    /** The open states as an SQL list (the queue list's "overdue" counts open items only). */
    private static final String OPEN_STATES = ReviewState.OPEN.stream().map(state -> "'" + state.name() + "'")
            .sorted().collect(Collectors.joining(", ", "(", ")"));

    private final Pool client;

    public ExportRepository(Pool client) {
        this.client = client;
    }

    /** A queue row and its position in the queue order. */
    public record QueueRow(UUID id, UUID claimId, UUID articleId, String articleTitle, String claimText,
            String claimAuthor, String priority, Instant dueAt, boolean overdue, double checkWorthiness, String state,
            String assignee, String queuedBy, Instant queuedAt, Instant updatedAt, QueueCursor position) {
    }

    /** A published verdict and its position in the newest-first order. */
    public record VerdictRow(UUID id, UUID claimId, UUID articleId, String articleTitle, String articleUrl,
            String claimText, String claimAuthor, String rating, String label, String summary, String researchedBy,
            String approvedBy, Integer verdictVersion, Instant firstPublishedAt, Instant publishedAt,
            String correctionNote, String slug, String state) {
    }

    /**
     * Up to {@code limit} queue rows after {@code after} (exclusive), in queue order. The filters mean what they mean
     * in the queue list ({@link ReviewItemRepository#queuePage}), expression for expression.
     */
    public Uni<List<QueueRow>> queueChunk(QueueFilter filter, QueueCursor after, int limit, Instant now) {
        List<String> where = new ArrayList<>();
        Tuple params = Tuple.tuple();
        if (filter.state() != null) {
            params.addString(filter.state().name());
            where.add("state = $" + params.size());
        }
        if (filter.assignee() != null) {
            params.addString(filter.assignee());
            where.add("assignee = $" + params.size());
        }
        if (filter.priority() != null) {
            // The rank, not the priority: it leads the queue indexes (see ReviewItemRepository#queuePage).
            params.addShort(filter.priority().rank());
            where.add("priority_rank = $" + params.size());
        }
        if (filter.overdue() != null) {
            params.addOffsetDateTime(utc(now));
            // "is not null" keeps the test two-valued, as in the queue list.
            String overdue = "(due_at is not null and due_at < $" + params.size() + " and state in " + OPEN_STATES + ")";
            where.add(filter.overdue() ? overdue : "not " + overdue);
        }
        if (filter.text() != null) {
            params.addString(filter.likePattern());
            where.add("lower(claim_text) like $" + params.size() + " escape '\\'");
        }
        if (after != null) {
            params.addShort(after.priorityRank()).addOffsetDateTime(utc(after.dueSort()))
                    .addDouble(after.worthinessSort()).addUUID(after.id());
            int n = params.size();
            where.add("(priority_rank, due_sort, worthiness_sort, id) > ($" + (n - 3) + ", $" + (n - 2) + ", $"
                    + (n - 1) + ", $" + n + ")");
        }
        params.addInteger(limit);
        String sql = QUEUE_COLUMNS + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by priority_rank, due_sort, worthiness_sort, id limit $" + params.size();
        return client.preparedQuery(sql).execute(params).map(rows -> {
            List<QueueRow> chunk = new ArrayList<>(rows.size());
            for (Row row : rows) {
                chunk.add(queueRow(row, now));
            }
            return chunk;
        });
    }

    /**
     * Up to {@code limit} published verdicts after the row {@code after} (exclusive), newest first publication first
     * (every published item has its first publication time).
     */
    public Uni<List<VerdictRow>> verdictChunk(Rating rating, VerdictRow after, int limit) {
        List<String> where = new ArrayList<>(List.of(PUBLISHED));
        Tuple params = Tuple.tuple();
        if (rating != null) {
            params.addString(rating.name());
            where.add("rating = $" + params.size());
        }
        if (after != null) {
            params.addOffsetDateTime(utc(after.firstPublishedAt())).addUUID(after.id());
            int n = params.size();
            where.add("(first_published_at, id) < ($" + (n - 1) + ", $" + n + ")");
        }
        params.addInteger(limit);
        String sql = VERDICT_COLUMNS + " where " + String.join(" and ", where)
                + " order by first_published_at desc, id desc limit $" + params.size();
        return client.preparedQuery(sql).execute(params).map(rows -> {
            List<VerdictRow> chunk = new ArrayList<>(rows.size());
            for (Row row : rows) {
                chunk.add(new VerdictRow(row.getUUID("id"), row.getUUID("claim_id"), row.getUUID("article_id"),
                        row.getString("article_title"), row.getString("article_url"), row.getString("claim_text"),
                        row.getString("claim_author"), row.getString("rating"), row.getString("label"),
                        row.getString("summary"), row.getString("researched_by"), row.getString("approved_by"),
                        row.getInteger("verdict_version"), instant(row, "first_published_at"),
                        instant(row, "published_at"), row.getString("correction_note"), row.getString("slug"),
                        row.getString("state")));
            }
            return chunk;
        });
    }

    private static QueueRow queueRow(Row row, Instant now) {
        String state = row.getString("state");
        Instant dueAt = instant(row, "due_at");
        boolean overdue = dueAt != null && dueAt.isBefore(now) && ReviewState.valueOf(state).isOpen();
        UUID id = row.getUUID("id");
        return new QueueRow(id, row.getUUID("claim_id"), row.getUUID("article_id"), row.getString("article_title"),
                row.getString("claim_text"), row.getString("claim_author"), row.getString("priority"), dueAt, overdue,
                row.getDouble("check_worthiness"), state, row.getString("assignee"), row.getString("queued_by"),
                instant(row, "queued_at"), instant(row, "updated_at"),
                new QueueCursor(row.getShort("priority_rank"), instant(row, "due_sort"),
                        row.getDouble("worthiness_sort"), id));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
