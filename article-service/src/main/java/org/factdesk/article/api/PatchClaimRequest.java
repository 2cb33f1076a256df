package org.factdesk.article.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.article.domain.Priority;

@Schema(description = "Changes to a claim; absent fields stay as they are. The claim's original span is kept.")
public record PatchClaimRequest(
        @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String text,
        Priority priority,
        Instant dueAt,
        @NotNull Long version) {
}
