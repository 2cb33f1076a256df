package org.factdesk.review.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.review.api.SavedFilterRequest;
import org.factdesk.review.api.SavedFilterView;
import org.factdesk.review.domain.SavedQueueFilter;
import org.factdesk.review.repository.QueueFilter;
import org.factdesk.review.service.ReviewProblem;
import org.factdesk.review.service.SavedFilterService;

import io.smallrye.mutiny.Uni;

/** Each user's saved views of the review queue (the queue page's "Saved views"). */
@Path("/api/reviews/saved-filters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "reviewer", "editor", "admin" })
@Tag(name = "saved queue views")
public class SavedFilterResource {

    private final SavedFilterService filters;
    private final JsonWebToken token;

    public SavedFilterResource(SavedFilterService filters, JsonWebToken token) {
        this.filters = filters;
        this.token = token;
    }

    @GET
    @Operation(summary = "Your saved views of the queue, by name")
    public Uni<List<SavedFilterView>> list() {
        return filters.list(owner()).map(views -> views.stream().map(SavedFilterView::of).toList());
    }

    @POST
    @Operation(summary = "Save a view of the queue under a name", description = "The filters are the queue list's "
            + "(state, assignee, priority, overdue, q) and are checked as the list checks them. Saving under a name you "
            + "already use replaces that view. At most 50 views per user.")
    @APIResponse(responseCode = "201", description = "Saved")
    @APIResponse(responseCode = "400", description = "A filter the queue list would refuse, or no name")
    @APIResponse(responseCode = "409", description = "50 views saved already")
    public Uni<Response> save(@Valid @NotNull SavedFilterRequest request) {
        String owner = owner();
        // The list's own parsing: a saved view can never hold a filter the list refuses.
        QueueFilter checked = ReviewResource.queueFilter(request.state(), request.assignee(), request.priority(),
                request.overdue(), request.q(), () -> "me");
        SavedQueueFilter view = new SavedQueueFilter(UUID.randomUUID(), request.name().strip(),
                checked.state() == null ? null : checked.state().name(), blankToNull(request.assignee()),
                checked.priority() == null ? null : checked.priority().name(), request.overdue(), checked.text(),
                Instant.now());
        return filters.save(owner, view)
                .map(saved -> Response.status(Response.Status.CREATED).entity(SavedFilterView.of(saved)).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of your saved views")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "You have no saved view with this id")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return filters.delete(owner(), id);
    }

    /** Views belong to the token's subject, the stable identity (a user name can change). */
    private String owner() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw ReviewProblem.forbidden("the token carries no subject (sub); it cannot identify you");
        }
        return subject;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
