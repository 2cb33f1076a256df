package org.factdesk.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record RequestChangesRequest(@NotBlank @Size(max = Limits.REASON) String reason,
        @NotNull @PositiveOrZero Long version) {
}
