package org.factdesk.review.repository;

import org.factdesk.review.domain.Rating;

import java.time.Instant;

/** Filters of the public list; null means no filter. {@code from} inclusive, {@code until} exclusive. */
public record PublicFilter(String text, Rating rating, Instant from, Instant until, PublicOrder order) {
}
