package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who changed what on an item, when, between which states, and why. Append-only. */
@Entity
@Table(name = "review_audit")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "review_id", nullable = false)
    public UUID reviewId;
    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String actor;
    @Column(name = "actor_id")
    public String actorId;
    /** The authority used when acting on someone else's work ("editor", "admin"), else null. */
    @Column(name = "acting_as")
    public String actingAs;
    @Column(nullable = false)
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ReviewState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public ReviewState toState;
    public String reason;

    public static AuditEntry of(UUID reviewId, Instant at, String actor, String action, ReviewState from,
            ReviewState to, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.reviewId = reviewId;
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.fromState = from;
        entry.toState = to;
        entry.reason = reason;
        return entry;
    }

    public static AuditEntry of(UUID reviewId, Instant at, Actor actor, String actingAs, String action,
            ReviewState from, ReviewState to, String reason) {
        AuditEntry entry = of(reviewId, at, actor.name(), action, from, to, reason);
        entry.actorId = actor.id();
        entry.actingAs = actingAs;
        return entry;
    }
}
