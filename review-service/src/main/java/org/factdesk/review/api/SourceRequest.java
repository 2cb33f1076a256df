package org.factdesk.review.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SourceRequest(@NotBlank @Size(max = Limits.URL) @HttpUrl String url,
        @NotBlank @Size(max = Limits.TITLE) String title,
        @NotBlank @Size(max = Limits.PUBLISHER) String publisher,
        @NotBlank @Size(max = Limits.QUOTE) String quote,
        @NotNull Instant accessedAt,
        boolean primary) {
}
