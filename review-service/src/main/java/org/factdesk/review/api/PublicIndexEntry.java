package org.factdesk.review.api;

import java.time.Instant;

/** One line of the sitemap: a fact-check's slug and when it last changed publicly. */
public record PublicIndexEntry(String slug, Instant lastModified) {
}
