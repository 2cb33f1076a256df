package org.factdesk.gateway.partner;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;

/**
 * The partner API's OpenAPI document (document "partner": only the operations of profile partner), public on the
 * application port so partners read it before they hold a token. Quarkus serves its documents on the management
 * port, which is not routed; this resource hands out that one document, built once at start-up by Quarkus.
 */
@Path("/partner/v1/openapi")
public class PartnerOpenApiResource {

    static final String DOCUMENT = "partner";

    private final OpenApiDocumentService documents;

    public PartnerOpenApiResource(OpenApiDocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Operation(summary = "The partner API's OpenAPI document, YAML (default) or JSON (format=json)")
    @APIResponse(responseCode = "200", description = "The document")
    public Response document(@QueryParam("format") String format) {
        boolean json = "json".equalsIgnoreCase(format);
        return Response.ok(documents.getDocument(DOCUMENT, json ? Format.JSON : Format.YAML))
                .type(json ? "application/json" : "application/yaml;charset=UTF-8")
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
