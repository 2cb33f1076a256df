package org.factdesk.article.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

@Entity
@Table(name = "article")
// A status change writes only the status, not the whole body (up to 200 KB) again.
@DynamicUpdate
public class Article {

    @Id
    public UUID id;

    @Version
    public long version;

    public String title;

    public String body;

    @Column(name = "source_url")
    public String sourceUrl;

    public String author;

    public String publication;

    public String language;

    /** Derived from the claims; excluded from optimistic locking so queueing does not stale an editor's copy. */
    @Enumerated(EnumType.STRING)
    @OptimisticLock(excluded = true)
    public ArticleStatus status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
