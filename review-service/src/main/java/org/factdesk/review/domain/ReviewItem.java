package org.factdesk.review.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One queued claim under review, with the verdict being worked on (or the latest published one). */
@Entity
@Table(name = "review_item")
public class ReviewItem {

    @Id
    public UUID id;

    /** Optimistic lock: every transition states the version it was made against. */
    @Version
    public long version;

    @Column(name = "claim_id", nullable = false, updatable = false)
    public UUID claimId;
    @Column(name = "article_id", nullable = false)
    public UUID articleId;
    @Column(name = "article_title", nullable = false)
    public String articleTitle;
    @Column(name = "article_url")
    public String articleUrl;
    @Column(name = "article_published_at")
    public Instant articlePublishedAt;
    @Column(name = "claim_text", nullable = false)
    public String claimText;
    @Column(name = "claim_author")
    public String claimAuthor;
    public String context;
    public String language;
    @Column(name = "check_worthiness", nullable = false)
    public double checkWorthiness;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "queued_by", nullable = false)
    public String queuedBy;
    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @Enumerated(EnumType.STRING)
    public ReviewState state;
    public String assignee;
    @Column(name = "assignee_id")
    public String assigneeId;

    @Enumerated(EnumType.STRING)
    public Rating rating;
    public String label;
    public String summary;
    public String explanation;
    @Column(name = "researched_by")
    public String researchedBy;
    @Column(name = "researched_by_id")
    public String researchedById;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_by_id")
    public String approvedById;
    /** Who proposed the current correction (null for the first publication). */
    @Column(name = "correction_proposed_by")
    public String correctionProposedBy;
    @Column(name = "first_published_at")
    public Instant firstPublishedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "verdict_version")
    public Integer verdictVersion;
    @Column(name = "correction_note")
    public String correctionNote;
    /** Public page name, set at the first publication and never changed (see {@link Slugs}). */
    public String slug;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    // Queue order columns computed by PostgreSQL (see V1 migration); mapped so that queries can use them.
    @Column(name = "priority_rank", insertable = false, updatable = false)
    public Short priorityRank;
    @Column(name = "due_sort", insertable = false, updatable = false)
    public Instant dueSort;
    @Column(name = "worthiness_sort", insertable = false, updatable = false)
    public Double worthinessSort;

    public boolean isOverdue(Instant now) {
        return state.isOpen() && dueAt != null && dueAt.isBefore(now);
    }

    /**
     * Moves the item along {@code action}, or fails with the transitions that are allowed from here.
     *
     * @return the state before the transition
     */
    public ReviewState apply(ReviewAction action, Instant at) {
        ReviewState from = state;
        state = action.target(from).orElseThrow(() -> new IllegalTransitionException(id, from, action));
        updatedAt = at;
        return from;
    }

    /**
     * Takes the claim's new priority and due time (each null: unchanged) while the work is open; a finished review
     * keeps the ones it was done under. The generated queue columns (priority_rank, due_sort) follow in PostgreSQL.
     *
     * @return whether anything changed
     */
    public boolean reschedule(Priority newPriority, Instant newDueAt, Instant at) {
        if (!state.isOpen()) {
            return false;
        }
        Priority targetPriority = newPriority == null ? priority : newPriority;
        Instant targetDueAt = newDueAt == null ? dueAt : newDueAt;
        if (targetPriority == priority && Objects.equals(targetDueAt, dueAt)) {
            return false;
        }
        priority = targetPriority;
        dueAt = targetDueAt;
        updatedAt = at;
        return true;
    }

    public boolean hasVerdict() {
        return rating != null;
    }
}
