package org.factdesk.gateway.rest;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The signed-in user as the UI needs to know them")
public record Me(
        @Schema(description = "Keycloak username", examples = "editor") String username,
        @Schema(description = "Display name", examples = "Erin Editor") String name,
        @Schema(examples = "editor@factdesk.example") String email,
        @Schema(description = "Factdesk realm roles (editor, reviewer, admin)") Set<String> roles,
        @Schema(description = "Send as X-CSRF-Token header on every POST, PUT, PATCH and DELETE under /api/") String csrfToken) {
}
