package org.factdesk.article.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.article.domain.Priority;

@Schema(description = "Claims to queue for fact-checking, all or nothing; priority and dueAt apply to every one when given.")
public record QueueRequest(
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Item> claims,
        Priority priority,
        Instant dueAt) {

    public record Item(@NotNull UUID claimId, @NotNull Long version) {
    }
}
