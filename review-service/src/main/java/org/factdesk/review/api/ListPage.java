package org.factdesk.review.api;

import java.util.List;

/** A page of an item's notes, sources or audit trail, oldest first; {@code next} is null on the last page. */
public record ListPage<T>(List<T> items, String next) {
}
