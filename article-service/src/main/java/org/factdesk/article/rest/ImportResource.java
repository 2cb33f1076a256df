package org.factdesk.article.rest;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.article.api.ImportReport;
import org.factdesk.article.api.ImportedFactCheckView;
import org.factdesk.article.api.Page;
import org.factdesk.article.config.ArticleLimits;
import org.factdesk.article.repository.PageCursor;
import org.factdesk.article.service.ImportService;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/articles/imports/claim-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imported fact-checks", description = "Other organisations' published ClaimReviews, offered by \"Already checked?\"")
public class ImportResource {

    static final String JSON_LD = "application/ld+json";

    private final ImportService imports;
    private final SecurityIdentity identity;
    private final ArticleLimits limits;

    public ImportResource(ImportService imports, SecurityIdentity identity, ArticleLimits limits) {
        this.imports = imports;
        this.identity = identity;
        this.limits = limits;
    }

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, JSON_LD })
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Import ClaimReviews", description = "A ClaimReview, an array of them, a JSON-LD @graph or a "
            + "schema.org DataFeed (elements ClaimReview or DataFeedItem), at most 1,000 per document. All or nothing: "
            + "when an item is invalid nothing is stored and every problem is named (violations, field items[i].…). "
            + "Items whose url was imported before are reported as DUPLICATE and left as they are.")
    @APIResponse(responseCode = "200", description = "The report, item by item")
    @APIResponse(responseCode = "400", description = "Not JSON, no ClaimReview in it, too many, or invalid items")
    public Uni<ImportReport> importClaimReviews(@NotNull JsonNode document) {
        return imports.importClaimReviews(document, identity.getPrincipal().getName());
    }

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.REVIEWER })
    @Operation(summary = "Imported fact-checks, newest import first", description = "Pass next as after for the next page.")
    public Uni<Page<ImportedFactCheckView>> list(@QueryParam("after") String after,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return imports.page(Optional.ofNullable(after).filter(cursor -> !cursor.isBlank()).map(PageCursor::decode),
                limit == null ? limits.defaultPageSize() : limit);
    }
}
