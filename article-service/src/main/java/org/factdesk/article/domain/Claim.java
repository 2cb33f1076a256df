package org.factdesk.article.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "claim")
public class Claim {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "article_id")
    public UUID articleId;

    /** The wording under check; editors may rephrase it. */
    public String text;

    /** The article text the claim was taken from: always {@code body.substring(start, end)} while anchored. */
    @Column(name = "original_text")
    public String originalText;

    /** Null only when an edit removed the sentence of a claim that already went through the review workflow. */
    @Column(name = "span_start")
    public Integer start;

    @Column(name = "span_end")
    public Integer end;

    public String context;

    public double score;

    @Convert(converter = ReasonsConverter.class)
    public List<String> reasons;

    @Enumerated(EnumType.STRING)
    public ClaimOrigin origin;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    @Column(name = "queued_at")
    public Instant queuedAt;

    @Column(name = "queued_by")
    public String queuedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The review the claim is under: the first one the review-service names for it, in a progress event or its
     * verdict, whichever arrives first; null until then. Stored by a statement of its own
     * (ClaimRepository.storeReview), not by the entity's update: naming the review is no edit, so it must neither
     * raise the version (an editor's save right after queueing would conflict) nor be overwritten by an editor's
     * save loaded before it.
     */
    @Column(name = "review_id", insertable = false, updatable = false)
    public UUID reviewId;

    @Embedded
    public Verdict verdict;

    public boolean isAnchored() {
        return start != null;
    }

    public void anchorAt(TextSpan span, String body) {
        start = span.start();
        end = span.end();
        context = ClaimContext.around(body, span);
    }

    /**
     * Records the review the claim is under the first time the review-service names one while the claim is in check;
     * a claim is reviewed once, so a later, different review id does not replace it (VerdictLanding refuses its
     * verdicts).
     *
     * @return true when this named the claim's review, which is then to be stored
     */
    public boolean placeUnderReview(UUID review) {
        if (reviewId != null || !status.isInCheck()) {
            return false;
        }
        reviewId = review;
        return true;
    }

    public void detach() {
        start = null;
        end = null;
    }
}
