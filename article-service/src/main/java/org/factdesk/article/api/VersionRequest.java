package org.factdesk.article.api;

import jakarta.validation.constraints.NotNull;

public record VersionRequest(@NotNull Long version) {
}
