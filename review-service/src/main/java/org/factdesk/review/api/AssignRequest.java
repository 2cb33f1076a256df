package org.factdesk.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record AssignRequest(@NotBlank @Size(max = Limits.USERNAME) String assignee,
        @NotNull @PositiveOrZero Long version) {
}
