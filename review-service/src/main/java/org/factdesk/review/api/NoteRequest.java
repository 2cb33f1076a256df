package org.factdesk.review.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note, or a reply to the note {@code parentId} of the same item. */
public record NoteRequest(@NotBlank @Size(max = Limits.NOTE) String text, UUID parentId) {
}
