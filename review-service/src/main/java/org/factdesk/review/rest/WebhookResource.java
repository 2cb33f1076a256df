package org.factdesk.review.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.review.api.Limits;
import org.factdesk.review.api.ListPage;
import org.factdesk.review.api.WebhookCreated;
import org.factdesk.review.api.WebhookDeliveryDetail;
import org.factdesk.review.api.WebhookDeliveryView;
import org.factdesk.review.api.WebhookReplayRequest;
import org.factdesk.review.api.WebhookReplayed;
import org.factdesk.review.api.WebhookRequest;
import org.factdesk.review.api.WebhookSecret;
import org.factdesk.review.api.WebhookView;
import org.factdesk.review.service.ReviewProblem;
import org.factdesk.review.service.WebhookService;

import io.smallrye.mutiny.Uni;

/**
 * Webhook endpoints of the desk's CMS, archive or partners (admins only): deliveries are signed per Standard Webhooks,
 * retried with back-off and kept in order per claim; the delivery log shows every attempt and can replay.
 */
@Path("/api/reviews/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "webhooks")
public class WebhookResource {

    private final WebhookService webhooks;
    private final JsonWebToken token;

    public WebhookResource(WebhookService webhooks, JsonWebToken token) {
        this.webhooks = webhooks;
        this.token = token;
    }

    @GET
    @Operation(summary = "The registered endpoints, oldest first, with their queue's state")
    public Uni<List<WebhookView>> list() {
        return webhooks.list(Limits.WEBHOOKS_MAX).map(all -> all.stream().map(WebhookView::of).toList());
    }

    @POST
    @Operation(summary = "Register an endpoint", description = "HTTPS only; a host that resolves to a private, "
            + "loopback or link-local address is refused unless factdesk.webhooks.allowed-private-targets names it. "
            + "The answer carries the signing secret, shown this once.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is in the body")
    @APIResponse(responseCode = "400", description = "A URL that is not accepted, or an unknown event type")
    @APIResponse(responseCode = "409", description = "As many endpoints as allowed are registered")
    public Uni<Response> register(@Valid @NotNull WebhookRequest request) {
        return webhooks.register(request.url(), request.description(), request.eventTypes(), token.getName(),
                Limits.WEBHOOKS_MAX)
                .map(registered -> Response.status(Response.Status.CREATED)
                        .entity(new WebhookCreated(WebhookView.of(registered.subscription()), registered.secret()))
                        .build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One endpoint")
    public Uni<WebhookView> get(@PathParam("id") UUID id) {
        return webhooks.get(id).map(WebhookView::of);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change an endpoint, or pause (enabled: false) and resume it", description = "Deliveries "
            + "of a paused or automatically disabled endpoint wait in its queue; enabling it sends them, in order.")
    public Uni<WebhookView> update(@PathParam("id") UUID id, @Valid @NotNull WebhookRequest request) {
        if (request.enabled() == null) {
            throw ReviewProblem.badRequest("enabled", "must be true or false when changing an endpoint");
        }
        return webhooks.update(id, request.url(), request.description(), request.eventTypes(), request.enabled(),
                token.getName()).map(WebhookView::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an endpoint with its queue and delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return webhooks.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate the signing secret", description = "The new secret (shown this once) signs from now "
            + "on; the previous one keeps signing beside it until previousSecretExpiresAt.")
    public Uni<WebhookSecret> rotateSecret(@PathParam("id") UUID id) {
        return webhooks.rotateSecret(id)
                .map(rotated -> new WebhookSecret(rotated.secret(), rotated.previousSecretExpiresAt()));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log, newest first", description = "status: PENDING, DELIVERED or FAILED; "
            + "after: the next cursor of the previous page.")
    public Uni<ListPage<WebhookDeliveryView>> deliveries(@PathParam("id") UUID id,
            @QueryParam("status") String status, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.LIST_PAGE_MAX) int limit) {
        Long before = after == null || after.isBlank() ? null : cursor(after);
        return webhooks.deliveries(id, status == null || status.isBlank() ? null : status, before, limit + 1)
                .map(rows -> {
                    boolean more = rows.size() > limit;
                    var page = more ? rows.subList(0, limit) : rows;
                    String next = more ? Long.toString(page.get(page.size() - 1).seq()) : null;
                    return new ListPage<>(page.stream().map(WebhookDeliveryView::of).toList(), next);
                });
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Operation(summary = "One delivery: the exact body sent and every attempt")
    public Uni<WebhookDeliveryDetail> delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.delivery(id, deliveryId).map(detail -> new WebhookDeliveryDetail(
                WebhookDeliveryView.of(detail.delivery()), detail.payload(),
                detail.attempts().stream().map(a -> new WebhookDeliveryDetail.Attempt(a.at(), a.statusCode(),
                        a.error(), a.durationMs())).toList()));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Send a delivery again", description = "Same webhook-id, so a receiver that deduplicates "
            + "applies it once; it goes out after the claim's earlier pending deliveries.")
    public Uni<WebhookDeliveryView> replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.replay(id, deliveryId).map(WebhookDeliveryView::of);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Send again every delivery created since a moment", description = "For a receiver that "
            + "lost data: deliveries still pending are left as they are.")
    public Uni<WebhookReplayed> replaySince(@PathParam("id") UUID id, @Valid @NotNull WebhookReplayRequest request) {
        return webhooks.replaySince(id, request.since()).map(WebhookReplayed::new);
    }

    private static long cursor(String after) {
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ReviewProblem.unreadableParameter("after", "not a cursor returned by this API");
        }
    }
}
