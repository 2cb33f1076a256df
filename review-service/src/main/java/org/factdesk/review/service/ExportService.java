package org.factdesk.review.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.api.Csv;
import org.factdesk.review.api.ReviewStats;
import org.factdesk.review.config.ReviewConfig;
import org.factdesk.review.domain.Rating;
import org.factdesk.review.repository.ExportRepository;
import org.factdesk.review.repository.ExportRepository.QueueRow;
import org.factdesk.review.repository.ExportRepository.VerdictRow;
import org.factdesk.review.repository.QueueFilter;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * The CSV exports. The queue and the verdicts are streams: one chunk of rows is read, written as one buffer and only
 * then is the next chunk read, when the HTTP response asks for more (the response requests the next item once the
 * previous one is written to the socket). A slow client therefore holds back the reads instead of filling the heap,
 * and an export of a million rows needs the memory of one chunk.
 */
@ApplicationScoped
public class ExportService {

    public static final List<String> QUEUE_HEADER = List.of("id", "claim_id", "article_id", "article_title",
            "claim_text", "claim_author", "priority", "due_at", "overdue", "check_worthiness", "state", "assignee",
            "queued_by", "queued_at", "updated_at");
    public static final List<String> VERDICT_HEADER = List.of("review_id", "claim_id", "article_id",
            "article_title", "article_url", "claim_text", "claim_author", "rating", "label", "summary",
            "researched_by", "approved_by", "verdict_version", "first_published_at", "published_at",
            "correction_note", "state", "public_url");
    public static final List<String> STATS_HEADER = List.of("figure", "key", "value");

    private final ExportRepository exports;
    private final ReviewStatsService stats;
    private final ClaimReviewDocument claimReviews;
    private final int chunkRows;

    public ExportService(ExportRepository exports, ReviewStatsService stats, ClaimReviewDocument claimReviews,
            ReviewConfig config) {
        this.exports = exports;
        this.stats = stats;
        this.claimReviews = claimReviews;
        this.chunkRows = config.export().chunkRows();
    }

    /** The queue in queue order, filtered as the queue list is; the header first. */
    public Multi<Buffer> queue(QueueFilter filter) {
        Instant now = Instant.now();
        return csv(QUEUE_HEADER, (QueueRow last) -> exports.queueChunk(filter, last == null ? null : last.position(),
                chunkRows, now),
                row -> Arrays.asList(row.id(), row.claimId(), row.articleId(), row.articleTitle(),
                        row.claimText(), row.claimAuthor(), row.priority(), row.dueAt(), row.overdue(),
                        row.checkWorthiness(), row.state(), row.assignee(), row.queuedBy(), row.queuedAt(),
                        row.updatedAt()));
    }

    /** The published verdicts, newest first publication first, optionally of one rating; the header first. */
    public Multi<Buffer> verdicts(Rating rating) {
        return csv(VERDICT_HEADER, (VerdictRow last) -> exports.verdictChunk(rating, last, chunkRows),
                row -> Arrays.asList(row.id(), row.claimId(), row.articleId(), row.articleTitle(), row.articleUrl(),
                        row.claimText(), row.claimAuthor(), row.rating(), row.label(), row.summary(),
                        row.researchedBy(), row.approvedBy(), row.verdictVersion(), row.firstPublishedAt(),
                        row.publishedAt(), row.correctionNote(), row.state(), claimReviews.url(row.slug())));
    }

    /**
     * The dashboard's figures, one per row: {@code count_by_state}, {@code overdue}, {@code median_seconds_in_state},
     * {@code verdict_mix} and {@code reviewer_load}, each with its key (state, rating, assignee; empty for overdue).
     */
    public Uni<String> stats() {
        return stats.stats().map(ExportService::statsCsv);
    }

    static String statsCsv(ReviewStats figures) {
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, STATS_HEADER);
        figures.countsByState().forEach((state, count) -> Csv.appendRow(out, List.of("count_by_state", state, count)));
        Csv.appendRow(out, Arrays.asList("overdue", null, figures.overdue()));
        figures.medianSecondsInState()
                .forEach((state, seconds) -> Csv.appendRow(out, List.of("median_seconds_in_state", state, seconds)));
        figures.verdictMix().forEach((rating, count) -> Csv.appendRow(out, List.of("verdict_mix", rating, count)));
        figures.reviewerLoad().forEach((who, count) -> Csv.appendRow(out, List.of("reviewer_load", who, count)));
        return out.toString();
    }

    /**
     * Header, then chunk after chunk until one comes back short. Each chunk is fetched on demand only (the repeating
     * Uni runs once per request from downstream), continuing after the last row of the previous one.
     */
    private <R> Multi<Buffer> csv(List<String> header, Function<R, Uni<List<R>>> chunkAfter,
            Function<R, List<?>> cells) {
        Multi<Buffer> rows = Multi.createBy().repeating()
                .uni(Position<R>::new, position -> position.done ? Uni.createFrom().item(List.<R> of())
                        : chunkAfter.apply(position.last).invoke(chunk -> {
                            position.done = chunk.size() < chunkRows;
                            if (!chunk.isEmpty()) {
                                position.last = chunk.get(chunk.size() - 1);
                            }
                        }))
                .until(List::isEmpty)
                .map(chunk -> {
                    StringBuilder out = new StringBuilder(chunk.size() * 256);
                    chunk.forEach(row -> Csv.appendRow(out, cells.apply(row)));
                    return buffer(out.toString());
                });
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(() -> buffer(Csv.row(header))), rows);
    }

    private static Buffer buffer(String text) {
        return Buffer.buffer(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The last row written so far, per export (each subscription gets its own). */
    private static final class Position<R> {
        R last;
        /** The previous chunk was short: nothing follows, so no query is needed to find that out. */
        boolean done;
    }
}
