package org.factdesk.article.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.article.domain.BodyFormat;

@Schema(description = "A full edit of an article; version is the one the editor started from.")
public record UpdateArticleRequest(
        @NotBlank @Size(max = 500) String title,
        @NotNull String body,
        @Schema(defaultValue = "TEXT") BodyFormat format,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Size(max = 300) String author,
        @Size(max = 300) String publication,
        @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "must be a language tag such as en or pt-BR") String language,
        @NotNull Long version) {
}
