package org.factdesk.review.api;

import java.time.Instant;
import java.util.UUID;

public record NoteView(UUID id, UUID parentId, String author, String text, Instant createdAt) {
}
