package org.factdesk.review.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A transition that carries nothing but the version the client last saw. */
public record VersionRequest(@NotNull @PositiveOrZero Long version) {
}
