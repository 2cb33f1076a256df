package org.factdesk.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A note, or a reply to the note {@code parentId} of the same item. */
public record NoteRequest(@NotBlank @Size(max = Limits.NOTE) String text, UUID parentId) {
}
