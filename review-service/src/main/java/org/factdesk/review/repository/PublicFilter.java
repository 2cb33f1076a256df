package org.factdesk.review.repository;

import java.time.Instant;

import org.factdesk.review.domain.Rating;

/** Filters of the public list; null means no filter. {@code from} inclusive, {@code until} exclusive. */
public record PublicFilter(String text, Rating rating, Instant from, Instant until, PublicOrder order) {
}
