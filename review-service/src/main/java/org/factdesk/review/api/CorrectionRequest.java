package org.factdesk.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.factdesk.review.domain.Rating;

/** A new published version of a verdict, with the public note that explains what changed. */
public record CorrectionRequest(@NotBlank @Size(max = Limits.REASON) String correctionNote,
        @NotNull Rating rating,
        @NotBlank @Size(max = Limits.LABEL) String label,
        @NotBlank @Size(max = Limits.SUMMARY) String summary,
        @NotBlank @Size(max = Limits.EXPLANATION) String explanation,
        @NotNull @PositiveOrZero Long version) {
}
