package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of an item's evidence ledger. */
@Entity
@Table(name = "review_source")
public class EvidenceSource {
    @Id
    public UUID id;
    @Column(name = "review_id", nullable = false)
    public UUID reviewId;
    @Column(nullable = false)
    public String url;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String publisher;
    @Column(nullable = false)
    public String quote;
    @Column(name = "accessed_at", nullable = false)
    public Instant accessedAt;
    @Column(name = "is_primary", nullable = false)
    public boolean primary;
    @Column(name = "added_by", nullable = false)
    public String addedBy;
    @Column(name = "added_by_id")
    public String addedById;
    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
