package org.factdesk.article.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A span of the article body selected by an editor: [start, end) in characters.")
public record AddClaimRequest(@NotNull @PositiveOrZero Integer start, @NotNull @PositiveOrZero Integer end) {
}
