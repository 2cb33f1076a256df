package org.factdesk.review.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.factdesk.review.domain.Priority;
import org.factdesk.review.domain.ReviewState;

/**
 * One item with its research; allowedTransitions names the action endpoints valid in its current state. notes and
 * sources hold the first page (oldest first); notesNext/sourcesNext continue them through /notes and /sources.
 */
public record ReviewView(UUID id, long version, UUID claimId, UUID articleId, String articleTitle, String articleUrl,
        Instant articlePublishedAt, String claimText, String claimAuthor, String context,
        String language, double checkWorthiness, Priority priority, Instant dueAt, boolean overdue,
        String queuedBy, Instant queuedAt, ReviewState state, String assignee, Instant createdAt,
        Instant updatedAt, List<NoteView> notes, String notesNext, List<SourceView> sources,
        String sourcesNext, VerdictView verdict, CorrectionView pendingCorrection,
        List<String> allowedTransitions, String claimReviewUrl) {
}
