package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A proposed new version of a published verdict; it is published only when a second person approves it. */
@Entity
@Table(name = "correction_proposal")
public class CorrectionProposal {

    public enum Status {
        PROPOSED,
        APPROVED,
        REJECTED
    }

    @Id
    public UUID id;
    @Column(name = "review_id", nullable = false)
    public UUID reviewId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    /** The verdict version the proposal corrects: approving it after another correction went out is stale. */
    @Column(name = "based_on_version", nullable = false)
    public int basedOnVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;
    @Column(nullable = false)
    public String label;
    @Column(nullable = false)
    public String summary;
    @Column(nullable = false)
    public String explanation;
    @Column(name = "correction_note", nullable = false)
    public String correctionNote;
    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;
    @Column(name = "proposed_by_id", nullable = false)
    public String proposedById;
    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_by_id")
    public String decidedById;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;

    public void decide(Status decision, Actor actor, String reason, Instant at) {
        status = decision;
        decidedBy = actor.name();
        decidedById = actor.id();
        decisionReason = reason;
        decidedAt = at;
    }
}
