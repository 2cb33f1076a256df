package org.factdesk.review.service;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.review.api.AuditView;
import org.factdesk.review.api.NoteView;
import org.factdesk.review.api.ReviewSummary;
import org.factdesk.review.api.ReviewView;
import org.factdesk.review.api.SourceView;
import org.factdesk.review.api.VerdictView;
import org.factdesk.review.domain.AuditEntry;
import org.factdesk.review.domain.EvidenceSource;
import org.factdesk.review.domain.ReviewAction;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.ReviewNote;
import org.factdesk.review.repository.EvidenceSourceRepository;
import org.factdesk.review.repository.ReviewNoteRepository;

import java.time.Instant;

/** Turns entities into API views; the full view loads the item's notes and sources. */
@ApplicationScoped
public class ReviewViews {

    private final ReviewNoteRepository notes;
    private final EvidenceSourceRepository sources;
    private final ClaimReviewDocument claimReviews;

    public ReviewViews(ReviewNoteRepository notes, EvidenceSourceRepository sources, ClaimReviewDocument claimReviews) {
        this.notes = notes;
        this.sources = sources;
        this.claimReviews = claimReviews;
    }

    public Uni<ReviewView> full(ReviewItem item) {
        Sort order = Sort.by("createdAt").and("id");
        return notes.list("reviewId", order, item.id)
                .flatMap(noteList -> sources.list("reviewId", Sort.by("addedAt").and("id"), item.id)
                        .map(sourceList -> new ReviewView(item.id, item.version, item.claimId, item.articleId,
                                item.articleTitle, item.articleUrl, item.articlePublishedAt, item.claimText,
                                item.claimAuthor, item.context, item.language, item.checkWorthiness, item.priority,
                                item.dueAt, item.isOverdue(Instant.now()), item.queuedBy, item.queuedAt, item.state,
                                item.assignee, item.createdAt, item.updatedAt,
                                noteList.stream().map(ReviewViews::note).toList(),
                                sourceList.stream().map(ReviewViews::source).toList(),
                                verdict(item), ReviewAction.allowedFrom(item.state),
                                item.state.isPublished() ? claimReviews.url(item) : null)));
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
        return new AuditView(entry.at, entry.actor, entry.action, entry.fromState, entry.toState, entry.reason);
    }

    private static VerdictView verdict(ReviewItem item) {
        if (!item.hasVerdict()) {
            return null;
        }
        return new VerdictView(item.rating, item.rating.value(), item.label, item.summary, item.explanation,
                item.researchedBy, item.submittedAt, item.approvedBy, item.publishedAt, item.verdictVersion,
                item.correctionNote);
    }
}
