package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a person's inbox: what moved, on which review, caused by whom. */
@Entity
@Table(name = "notification")
public class Notification {

    /** Enough of the claim to recognise it in a list or a mail subject. */
    static final int CLAIM_EXCERPT = 500;

    @Id
    public UUID id;
    @Column(nullable = false)
    public String recipient;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;
    @Column(name = "review_id", nullable = false)
    public UUID reviewId;
    @Column(name = "claim_text", nullable = false)
    public String claimText;
    /** Who caused it; null for the overdue sweep. */
    public String actor;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
    @Column(name = "dedupe_key", nullable = false)
    public String dedupeKey;

    public static Notification of(NotificationKind kind, String recipient, ReviewItem item, String actor, Instant at,
            String dedupeKey) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipient = recipient;
        notification.kind = kind;
        notification.reviewId = item.id;
        notification.claimText = item.claimText.length() <= CLAIM_EXCERPT ? item.claimText
                : item.claimText.substring(0, CLAIM_EXCERPT - 1) + "…";
        notification.actor = actor;
        notification.createdAt = at;
        notification.dedupeKey = dedupeKey == null ? notification.id.toString() : dedupeKey;
        return notification;
    }
}
