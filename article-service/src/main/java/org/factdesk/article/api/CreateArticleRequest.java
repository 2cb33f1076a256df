package org.factdesk.article.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.article.domain.BodyFormat;

@Schema(description = "A new article as an editor pastes it.")
public record CreateArticleRequest(
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Plain text, Markdown or simple HTML (see format); at most 200 KB.") @NotNull String body,
        @Schema(defaultValue = "TEXT") BodyFormat format,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Size(max = 300) String author,
        @Size(max = 300) String publication,
        @Schema(defaultValue = "en") @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "must be a language tag such as en or pt-BR") String language) {
}
