package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A research note or comment; replies point at their parent, which makes threads. */
@Entity
@Table(name = "review_note")
public class ReviewNote {
    @Id
    public UUID id;
    @Column(name = "review_id", nullable = false)
    public UUID reviewId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(nullable = false)
    public String author;
    @Column(name = "author_id")
    public String authorId;
    @Column(nullable = false)
    public String text;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
