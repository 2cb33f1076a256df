package org.factdesk.review.api;

import java.time.Instant;
import java.util.UUID;

public record SourceView(UUID id, String url, String title, String publisher, String quote, Instant accessedAt,
        boolean primary, String addedBy, Instant addedAt) {
}
