package org.factdesk.review.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.review.api.ListPage;
import org.factdesk.review.api.NotificationView;
import org.factdesk.review.api.PreferencesView;
import org.factdesk.review.api.UnreadCount;
import org.factdesk.review.domain.Notification;
import org.factdesk.review.repository.ListCursor;
import org.factdesk.review.service.NotificationService;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The caller's own inbox and settings. People are named in the workflow by user name (assignee, researcher, the
 * editor who queued a claim), so the inbox is the token's principal name; nobody can read or mark another's.
 */
@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "reviewer", "editor", "admin" })
@Tag(name = "inbox and settings")
public class NotificationResource {

    private final NotificationService notifications;
    private final SecurityIdentity identity;

    public NotificationResource(NotificationService notifications, SecurityIdentity identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    @GET
    @Path("/notifications")
    @Operation(summary = "Your notifications, newest first", description = "Assigned to you, changes requested, "
            + "submitted for your approval, published, corrected, overdue. Keyset pagination: pass `next` as `after`.")
    @APIResponse(responseCode = "200", description = "A page of your inbox")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit outside 1..100")
    public Uni<ListPage<NotificationView>> list(
            @Parameter(description = "Only unread ones") @QueryParam("unread") @DefaultValue("false") boolean unread,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1..100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return notifications.page(me(), unread, ReviewResource.cursor(after), limit + 1).map(rows -> {
            boolean more = rows.size() > limit;
            var page = more ? rows.subList(0, limit) : rows;
            Notification last = page.isEmpty() ? null : page.get(page.size() - 1);
            String next = more ? new ListCursor(last.createdAt, last.id.toString()).encode() : null;
            return new ListPage<>(page.stream().map(NotificationView::of).toList(), next);
        });
    }

    @GET
    @Path("/notifications/unread-count")
    @Operation(summary = "How many of your notifications are unread")
    public Uni<UnreadCount> unread() {
        return notifications.unread(me()).map(UnreadCount::new);
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(summary = "Mark one of your notifications read")
    @APIResponse(responseCode = "204", description = "Read (also when it was already)")
    @APIResponse(responseCode = "404", description = "You have no notification with this id")
    public Uni<Void> read(@PathParam("id") UUID id) {
        return notifications.markRead(me(), id);
    }

    @POST
    @Path("/notifications/read-all")
    @Operation(summary = "Mark all your notifications read")
    @APIResponse(responseCode = "200", description = "How many were marked")
    public Uni<Map<String, Integer>> readAll() {
        return notifications.markAllRead(me()).map(marked -> Map.of("marked", marked));
    }

    @GET
    @Path("/me/preferences")
    @Operation(summary = "Your settings: UI language and which notifications also come by e-mail")
    public Uni<PreferencesView> preferences() {
        return notifications.preferences(me())
                .map(preferences -> PreferencesView.of(preferences, notifications.mailAvailable()));
    }

    @PUT
    @Path("/me/preferences")
    @Operation(summary = "Save your settings", description = "The whole object, as GET returns it; "
            + "`email.available` is ignored.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "Unknown language or notification kind")
    public Uni<PreferencesView> savePreferences(@Valid @NotNull PreferencesView request) {
        return notifications.savePreferences(me(), request.toPreferences())
                .map(saved -> PreferencesView.of(saved, notifications.mailAvailable()));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
