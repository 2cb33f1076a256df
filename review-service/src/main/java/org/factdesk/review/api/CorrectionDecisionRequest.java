package org.factdesk.review.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Approval or rejection of a proposed correction; reason is optional (kept in the audit trail on rejection). */
public record CorrectionDecisionRequest(@Size(max = Limits.REASON) String reason,
        @NotNull @PositiveOrZero Long version) {
}
