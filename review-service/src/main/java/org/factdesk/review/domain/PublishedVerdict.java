package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An immutable published version of a verdict: the first publication and every correction. */
@Entity
@Table(name = "published_verdict")
public class PublishedVerdict {
    @Id
    public UUID id;
    @Column(name = "review_id", nullable = false)
    public UUID reviewId;
    @Column(name = "verdict_version", nullable = false)
    public int verdictVersion;
    @Enumerated(EnumType.STRING)
    public Rating rating;
    public String label;
    public String summary;
    public String explanation;
    @Column(name = "researched_by", nullable = false)
    public String researchedBy;
    @Column(name = "researched_by_id")
    public String researchedById;
    @Column(name = "approved_by", nullable = false)
    public String approvedBy;
    @Column(name = "approved_by_id")
    public String approvedById;
    /** The proposer of a correction; null for the first publication. */
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_by_id")
    public String proposedById;
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
    @Column(name = "correction_note")
    public String correctionNote;

    public static PublishedVerdict of(ReviewItem item, CorrectionProposal correction) {
        PublishedVerdict verdict = new PublishedVerdict();
        verdict.id = UUID.randomUUID();
        verdict.reviewId = item.id;
        verdict.verdictVersion = item.verdictVersion;
        verdict.rating = item.rating;
        verdict.label = item.label;
        verdict.summary = item.summary;
        verdict.explanation = item.explanation;
        verdict.researchedBy = item.researchedBy;
        verdict.researchedById = item.researchedById;
        verdict.approvedBy = item.approvedBy;
        verdict.approvedById = item.approvedById;
        verdict.publishedAt = item.publishedAt;
        verdict.correctionNote = item.correctionNote;
        if (correction != null) {
            verdict.proposedBy = correction.proposedBy;
            verdict.proposedById = correction.proposedById;
        }
        return verdict;
    }
}
