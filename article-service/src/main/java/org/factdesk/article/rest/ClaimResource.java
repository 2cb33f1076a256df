package org.factdesk.article.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.article.api.AddClaimRequest;
import org.factdesk.article.api.ClaimMatchView;
import org.factdesk.article.api.ClaimView;
import org.factdesk.article.api.Page;
import org.factdesk.article.api.PatchClaimRequest;
import org.factdesk.article.api.QueueRequest;
import org.factdesk.article.api.VersionRequest;
import org.factdesk.article.api.WithdrawRequest;
import org.factdesk.article.config.ArticleLimits;
import org.factdesk.article.domain.ClaimStatus;
import org.factdesk.article.repository.PageCursor;
import org.factdesk.article.service.ClaimService;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "claims", description = "Editors' work on claims: select, reword, dismiss, queue, withdraw")
public class ClaimResource {

    private final ClaimService claims;
    private final SecurityIdentity identity;
    private final ArticleLimits limits;

    public ClaimResource(ClaimService claims, SecurityIdentity identity, ArticleLimits limits) {
        this.claims = claims;
        this.identity = identity;
        this.limits = limits;
    }

    @GET
    @Path("/claims")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.REVIEWER })
    @Operation(summary = "Queue overview", description = "Claims across articles, newest first, optionally of one status; "
            + "pass next as after for the next page.")
    public Uni<Page<ClaimView>> overview(@QueryParam("status") ClaimStatus status, @QueryParam("after") String after,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return claims.overview(Optional.ofNullable(status),
                Optional.ofNullable(after).filter(cursor -> !cursor.isBlank()).map(PageCursor::decode),
                limit == null ? limits.defaultPageSize() : limit);
    }

    @POST
    @Path("/{id}/claims")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Add a claim from a selected span", description = "The span [start, end) must lie inside the "
            + "body; the claim is scored like detected ones and starts as SUGGESTED with origin EDITOR.")
    @APIResponse(responseCode = "201", description = "Created")
    public Uni<Response> add(@PathParam("id") UUID id, @Valid @NotNull AddClaimRequest request, UriInfo uri) {
        return claims.add(id, request).map(view -> Response
                .created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build());
    }

    @PATCH
    @Path("/{id}/claims/{claimId}")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Reword a claim, set its priority or due time", description = "The original span is kept.")
    @APIResponse(responseCode = "409", description = "Stale version, or the claim is decided")
    public Uni<ClaimView> patch(@PathParam("id") UUID id, @PathParam("claimId") UUID claimId,
            @Valid @NotNull PatchClaimRequest request) {
        return claims.patch(id, claimId, request);
    }

    @POST
    @Path("/{id}/claims/{claimId}/dismiss")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Dismiss a suggestion", description = "Only SUGGESTED claims can be dismissed.")
    public Uni<ClaimView> dismiss(@PathParam("id") UUID id, @PathParam("claimId") UUID claimId,
            @Valid @NotNull VersionRequest request) {
        return claims.dismiss(id, claimId, request.version());
    }

    @POST
    @Path("/{id}/claims/{claimId}/withdraw")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Withdraw a queued claim", description = "Emits claims.withdrawn so its review is closed.")
    public Uni<ClaimView> withdraw(@PathParam("id") UUID id, @PathParam("claimId") UUID claimId,
            @Valid @NotNull WithdrawRequest request) {
        return claims.withdraw(id, claimId, request, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/queue")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Queue claims for fact-checking", description = "All or nothing: each claim must be a current "
            + "SUGGESTED claim of this article. One claims.queued event per claim is published via the outbox.")
    @APIResponse(responseCode = "409", description = "A claim is stale or not a suggestion; nothing was queued")
    public Uni<List<ClaimView>> queue(@PathParam("id") UUID id, @Valid @NotNull QueueRequest request) {
        return claims.queue(id, request, identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}/claims/{claimId}/matches")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.REVIEWER })
    @Operation(summary = "Already checked?", description = "Earlier claims with a published verdict that say the same "
            + "thing (trigram similarity above factdesk.matches.similarity-threshold), best first.")
    public Uni<List<ClaimMatchView>> matches(@PathParam("id") UUID id, @PathParam("claimId") UUID claimId) {
        return claims.matches(id, claimId);
    }
}
