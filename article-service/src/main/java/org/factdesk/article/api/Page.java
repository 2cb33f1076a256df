package org.factdesk.article.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record Page<T>(List<T> items,
        @Schema(description = "Cursor for the next page (pass as after), null on the last page") String next) {
}
