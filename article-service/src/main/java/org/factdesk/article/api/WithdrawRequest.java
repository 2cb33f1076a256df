package org.factdesk.article.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record WithdrawRequest(@Size(max = 1000) String reason, @NotNull Long version) {
}
