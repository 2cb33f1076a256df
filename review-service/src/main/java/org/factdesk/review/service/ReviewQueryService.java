package org.factdesk.review.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.api.AuditView;
import org.factdesk.review.api.ListPage;
import org.factdesk.review.api.NoteView;
import org.factdesk.review.api.ReviewPage;
import org.factdesk.review.api.ReviewView;
import org.factdesk.review.api.SourceView;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.repository.AuditEntryRepository;
import org.factdesk.review.repository.EvidenceSourceRepository;
import org.factdesk.review.repository.ListCursor;
import org.factdesk.review.repository.QueueCursor;
import org.factdesk.review.repository.QueueFilter;
import org.factdesk.review.repository.ReviewItemRepository;
import org.factdesk.review.repository.ReviewNoteRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Read side: the queue, single items, their notes, sources and audit trail (paged) and the public ClaimReview. */
@ApplicationScoped
public class ReviewQueryService {

    private final ReviewItemRepository items;
    private final AuditEntryRepository audit;
    private final ReviewNoteRepository notes;
    private final EvidenceSourceRepository sources;
    private final ReviewViews views;
    private final ClaimReviewDocument claimReviews;

    public ReviewQueryService(ReviewItemRepository items, AuditEntryRepository audit, ReviewNoteRepository notes,
            EvidenceSourceRepository sources, ReviewViews views, ClaimReviewDocument claimReviews) {
        this.items = items;
        this.audit = audit;
        this.notes = notes;
        this.sources = sources;
        this.views = views;
        this.claimReviews = claimReviews;
    }

    @WithSession
    public Uni<ReviewPage> queue(QueueFilter filter, QueueCursor after, int limit) {
        Instant now = Instant.now();
        // One row more than asked tells whether there is a next page.
        return items.queuePage(filter, after, limit + 1, now).map(rows -> {
            List<ReviewItem> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = rows.size() > limit ? QueueCursor.after(page.get(page.size() - 1)).encode() : null;
            return new ReviewPage(page.stream().map(item -> ReviewViews.summary(item, now)).toList(), next);
        });
    }

    @WithSession
    public Uni<ReviewView> byId(UUID id) {
        return items.findById(id)
                .onItem().ifNull().failWith(() -> ReviewProblem.notFound("no review " + id))
                .flatMap(views::full);
    }

    @WithSession
    public Uni<ReviewView> byClaim(UUID claimId) {
        return items.findByClaimId(claimId)
                .onItem().ifNull().failWith(() -> ReviewProblem.notFound("no review for claim " + claimId))
                .flatMap(views::full);
    }

    @WithSession
    public Uni<ListPage<AuditView>> audit(UUID id, ListCursor after, int limit) {
        return exists(id).flatMap(item -> audit.page(id, after, limit + 1))
                .map(rows -> ReviewViews.page(rows, limit, ReviewViews::audit, ReviewViews::cursor));
    }

    @WithSession
    public Uni<ListPage<NoteView>> notes(UUID id, ListCursor after, int limit) {
        return exists(id).flatMap(item -> notes.page(id, after, limit + 1))
                .map(rows -> ReviewViews.page(rows, limit, ReviewViews::note, ReviewViews::cursor));
    }

    @WithSession
    public Uni<ListPage<SourceView>> sources(UUID id, ListCursor after, int limit) {
        return exists(id).flatMap(item -> sources.page(id, after, limit + 1))
                .map(rows -> ReviewViews.page(rows, limit, ReviewViews::source, ReviewViews::cursor));
    }

    private Uni<ReviewItem> exists(UUID id) {
        return items.findById(id).onItem().ifNull().failWith(() -> ReviewProblem.notFound("no review " + id));
    }

    @WithSession
    public Uni<Map<String, Object>> claimReview(UUID id) {
        return items.findById(id)
                .onItem().ifNull().failWith(() -> ReviewProblem.notFound("no review " + id))
                .map(item -> {
                    if (!item.state.isPublished()) {
                        throw ReviewProblem.notFound("review " + id + " has no published verdict");
                    }
                    return claimReviews.of(item);
                });
    }
}
