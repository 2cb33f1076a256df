package org.factdesk.article.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The published verdict on a claim, as announced by the review-service. */
@Embeddable
public class Verdict {

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict_rating")
    public Rating rating;

    @Column(name = "verdict_rating_value")
    public Integer ratingValue;

    @Column(name = "verdict_label")
    public String label;

    @Column(name = "verdict_summary")
    public String summary;

    @Column(name = "verdict_review_id")
    public UUID reviewId;

    @Column(name = "verdict_review_url")
    public String reviewUrl;

    @Column(name = "verdict_published_at")
    public Instant publishedAt;

    @Column(name = "verdict_version")
    public Integer verdictVersion;
}
