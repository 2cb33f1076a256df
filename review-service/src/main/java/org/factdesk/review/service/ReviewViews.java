package org.factdesk.review.service;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.api.AuditView;
import org.factdesk.review.api.CorrectionView;
import org.factdesk.review.api.Limits;
import org.factdesk.review.api.ListPage;
import org.factdesk.review.api.NoteView;
import org.factdesk.review.api.ReviewSummary;
import org.factdesk.review.api.ReviewView;
import org.factdesk.review.api.SourceView;
import org.factdesk.review.api.VerdictView;
import org.factdesk.review.domain.AuditEntry;
import org.factdesk.review.domain.CorrectionProposal;
import org.factdesk.review.domain.EvidenceSource;
import org.factdesk.review.domain.ReviewAction;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.ReviewNote;
import org.factdesk.review.repository.CorrectionProposalRepository;
import org.factdesk.review.repository.EvidenceSourceRepository;
import org.factdesk.review.repository.ListCursor;
import org.factdesk.review.repository.ReviewNoteRepository;

import io.smallrye.mutiny.Uni;

/** Turns entities into API views; the full view loads the first page of the item's notes and sources. */
@ApplicationScoped
public class ReviewViews {

    private final ReviewNoteRepository notes;
    private final EvidenceSourceRepository sources;
    private final CorrectionProposalRepository corrections;
    private final ClaimReviewDocument claimReviews;

    public ReviewViews(ReviewNoteRepository notes, EvidenceSourceRepository sources,
            CorrectionProposalRepository corrections, ClaimReviewDocument claimReviews) {
        this.notes = notes;
        this.sources = sources;
        this.corrections = corrections;
        this.claimReviews = claimReviews;
    }

    public Uni<ReviewView> full(ReviewItem item) {
        int limit = Limits.LIST_PAGE_DEFAULT;
        return notes.page(item.id, null, limit + 1).map(rows -> page(rows, limit, ReviewViews::note, ReviewViews::cursor))
                .flatMap(notePage -> sources.page(item.id, null, limit + 1)
                        .map(rows -> page(rows, limit, ReviewViews::source, ReviewViews::cursor))
                        .flatMap(sourcePage -> pending(item).map(pending -> new ReviewView(item.id, item.version,
                                item.claimId, item.articleId, item.articleTitle, item.articleUrl,
                                item.articlePublishedAt, item.claimText, item.claimAuthor, item.context,
                                item.language, item.checkWorthiness, item.priority, item.dueAt,
                                item.isOverdue(Instant.now()), item.queuedBy, item.queuedAt, item.state,
                                item.assignee, item.createdAt, item.updatedAt, notePage.items(), notePage.next(),
                                sourcePage.items(), sourcePage.next(), verdict(item), pending,
                                ReviewAction.allowedFrom(item.state),
                                item.state.isPublished() ? claimReviews.url(item) : null))));
    }

    /** Rows fetched with one more than the page size: the extra row tells that a next page exists. */
    public static <E, V> ListPage<V> page(List<E> rows, int limit, Function<E, V> view, Function<E, ListCursor> cursor) {
        List<E> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? cursor.apply(page.get(page.size() - 1)).encode() : null;
        return new ListPage<>(page.stream().map(view).toList(), next);
    }

    public static ListCursor cursor(ReviewNote note) {
        return new ListCursor(note.createdAt, note.id.toString());
    }

    public static ListCursor cursor(EvidenceSource source) {
        return new ListCursor(source.addedAt, source.id.toString());
    }

    public static ListCursor cursor(AuditEntry entry) {
        return new ListCursor(entry.at, entry.id.toString());
    }

    private Uni<CorrectionView> pending(ReviewItem item) {
        if (!item.state.isPublished()) {
            return Uni.createFrom().nullItem();
        }
        return corrections.open(item.id).map(open -> open == null ? null : correction(open));
    }

    public static CorrectionView correction(CorrectionProposal proposal) {
        return new CorrectionView(proposal.id, proposal.basedOnVersion, proposal.rating, proposal.label,
                proposal.summary, proposal.explanation, proposal.correctionNote, proposal.proposedBy,
                proposal.proposedAt);
    }

    public static ReviewSummary summary(ReviewItem item, Instant now) {
        return new ReviewSummary(item.id, item.version, item.claimId, item.articleId, item.articleTitle,
                item.claimText, item.priority, item.dueAt, item.isOverdue(now), item.checkWorthiness, item.state,
                item.assignee, item.updatedAt);
    }

    public static NoteView note(ReviewNote note) {
        return new NoteView(note.id, note.parentId, note.author, note.text, note.createdAt);
    }

    public static SourceView source(EvidenceSource source) {
        return new SourceView(source.id, source.url, source.title, source.publisher, source.quote, source.accessedAt,
                source.primary, source.addedBy, source.addedAt);
    }

    public static AuditView audit(AuditEntry entry) {
        return new AuditView(entry.at, entry.actor, entry.actorId, entry.actingAs, entry.action, entry.fromState,
                entry.toState, entry.reason);
    }

    private static VerdictView verdict(ReviewItem item) {
        if (!item.hasVerdict()) {
            return null;
        }
        return new VerdictView(item.rating, item.rating.value(), item.label, item.summary, item.explanation,
                item.researchedBy, item.submittedAt, item.approvedBy, item.publishedAt, item.verdictVersion,
                item.correctionNote, item.correctionProposedBy);
    }
}
