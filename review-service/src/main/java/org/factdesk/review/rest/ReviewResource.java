package org.factdesk.review.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.review.api.AssignRequest;
import org.factdesk.review.api.AuditView;
import org.factdesk.review.api.CorrectionDecisionRequest;
import org.factdesk.review.api.CorrectionRequest;
import org.factdesk.review.api.ListPage;
import org.factdesk.review.api.NoteRequest;
import org.factdesk.review.api.NoteView;
import org.factdesk.review.api.RequestChangesRequest;
import org.factdesk.review.api.ReviewPage;
import org.factdesk.review.api.ReviewStats;
import org.factdesk.review.api.ReviewView;
import org.factdesk.review.api.ReviewerView;
import org.factdesk.review.api.SourceRequest;
import org.factdesk.review.api.SourceView;
import org.factdesk.review.api.SubmitRequest;
import org.factdesk.review.api.VersionRequest;
import org.factdesk.review.domain.Actor;
import org.factdesk.review.domain.Priority;
import org.factdesk.review.domain.ReviewState;
import org.factdesk.review.repository.ListCursor;
import org.factdesk.review.repository.QueueCursor;
import org.factdesk.review.repository.QueueFilter;
import org.factdesk.review.service.AssignableReviewers;
import org.factdesk.review.service.ReviewProblem;
import org.factdesk.review.service.ReviewQueryService;
import org.factdesk.review.service.ReviewStatsService;
import org.factdesk.review.service.ReviewWorkflowService;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The review desk. Identity is the token's subject (sub); the preferred_username is kept beside it for display.
 * Every transition carries the item version the client last saw (optimistic locking): a stale one gets 409.
 */
@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
@APIResponse(responseCode = "401", description = "No valid token for the review-service")
public class ReviewResource {

    static final String PROBLEM = "application/problem+json";
    static final String LD_JSON = "application/ld+json";

    private final ReviewQueryService queries;
    private final ReviewWorkflowService workflow;
    private final ReviewStatsService stats;
    private final AssignableReviewers reviewers;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ReviewResource(ReviewQueryService queries, ReviewWorkflowService workflow, ReviewStatsService stats,
            AssignableReviewers reviewers, SecurityIdentity identity, JsonWebToken token) {
        this.queries = queries;
        this.workflow = workflow;
        this.stats = stats;
        this.reviewers = reviewers;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "The review queue", description = "Ordered by priority (URGENT first), due time (none last), then check-worthiness (highest "
            + "first). Keyset pagination: pass the returned `next` as `after` for the following page.")
    @APIResponse(responseCode = "200", description = "A page of queue items")
    @APIResponse(responseCode = "400", description = "Unknown filter value, bad cursor or limit outside 1..100")
    public Uni<ReviewPage> queue(
            @Parameter(description = "Only items in this state", schema = @Schema(implementation = ReviewState.class)) @QueryParam("state") String state,
            @Parameter(description = "Only items assigned to this user; `me` for yourself") @QueryParam("assignee") String assignee,
            @Parameter(description = "Only items of this priority", schema = @Schema(implementation = Priority.class)) @QueryParam("priority") String priority,
            @Parameter(description = "true: only open items past their due time; false: only the others") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only claims containing this text (case-insensitive), 3..200 characters") @QueryParam("q") String q,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1..100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        QueueFilter filter = queueFilter(state, assignee, priority, overdue, q, () -> me().name());
        QueueCursor cursor;
        try {
            cursor = after == null || after.isBlank() ? null : QueueCursor.decode(after);
        } catch (IllegalArgumentException e) {
            throw ReviewProblem.unreadableParameter("after", "not a cursor returned by this API");
        }
        return queries.queue(filter, cursor, limit);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "Dashboard figures", description = "Counts by state, overdue count, median seconds spent in "
            + "each state, verdict mix (published verdicts per rating), reviewer load (open items per assignee).")
    @APIResponse(responseCode = "200", description = "The figures")
    public Uni<ReviewStats> stats() {
        return stats.stats();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "One review item with notes, sources, verdict and the transitions allowed now")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public Uni<ReviewView> get(@PathParam("id") UUID id) {
        return queries.byId(id);
    }

    @GET
    @Path("/by-claim/{claimId}")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "The review item of a claim (claim id from the article-service)")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No item for this claim")
    public Uni<ReviewView> byClaim(@PathParam("claimId") UUID claimId) {
        return queries.byClaim(claimId);
    }

    @POST
    @Path("/{id}/take")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "Take an unassigned item (QUEUED -> IN_RESEARCH), or resume your item sent back for changes", description = "When two people take the same item at once exactly one wins; the other gets 409.")
    @APIResponse(responseCode = "200", description = "Taken; you are the assignee")
    @APIResponse(responseCode = "409", description = "Stale version, already taken, or not allowed in this state")
    public Uni<ReviewView> take(@PathParam("id") UUID id, @Valid @NotNull VersionRequest request) {
        return workflow.take(id, request.version(), me());
    }

    @GET
    @Path("/reviewers")
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "Who work can be assigned to", description = "The enabled Keycloak users holding the realm role "
            + "reviewer directly (at most 500), each with the open items assigned to them, the least loaded first.")
    @APIResponse(responseCode = "200", description = "The reviewers")
    @APIResponse(responseCode = "503", description = "Keycloak could not be asked")
    public Uni<List<ReviewerView>> reviewers() {
        return reviewers.list();
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "Assign or reassign an item to a reviewer (-> IN_RESEARCH)", description = "assignee: the user name of an existing Keycloak user holding the reviewer role; a case "
            + "variant resolves to the real user.")
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "400", description = "No such user, or not a reviewer")
    @APIResponse(responseCode = "503", description = "Keycloak could not be asked; nothing changed")
    @APIResponse(responseCode = "409", description = "Stale version or not allowed in this state")
    public Uni<ReviewView> assign(@PathParam("id") UUID id, @Valid @NotNull AssignRequest request) {
        return workflow.assign(id, request, me());
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "Add a research note, or a reply to one (parentId)", description = "text: 1..10000 characters. Not possible on withdrawn items.")
    @APIResponse(responseCode = "201", description = "The note")
    public Uni<Response> addNote(@PathParam("id") UUID id, @Valid @NotNull NoteRequest request) {
        return workflow.addNote(id, request, me()).map(note -> created(note));
    }

    @POST
    @Path("/{id}/sources")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "Add a source to the evidence ledger (while IN_RESEARCH or CHANGES_REQUESTED)", description = "Only the assignee, or an editor/admin (the audit records that authority). url: absolute "
            + "http(s), up to 2048; title up to 500; publisher up to 200; quote up to 5000.")
    @APIResponse(responseCode = "201", description = "The source")
    @APIResponse(responseCode = "403", description = "Neither the assignee nor an editor/admin")
    public Uni<Response> addSource(@PathParam("id") UUID id, @Valid @NotNull SourceRequest request) {
        return workflow.addSource(id, request, me()).map(source -> created(source));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "Propose a verdict (IN_RESEARCH -> SUBMITTED); the assignee becomes the researcher", description = "Needs at least one source unless the rating is NOT_A_CLAIM. label up to 120, summary up "
            + "to 2000, explanation up to 20000 characters.")
    @APIResponse(responseCode = "200", description = "Submitted for approval")
    @APIResponse(responseCode = "403", description = "You are not the assignee")
    @APIResponse(responseCode = "409", description = "Stale version, not allowed in this state, or no source")
    public Uni<ReviewView> submit(@PathParam("id") UUID id, @Valid @NotNull SubmitRequest request) {
        return workflow.submit(id, request, me());
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "Approve and publish a submitted verdict (SUBMITTED -> PUBLISHED)", description = "Four-eyes: the researcher cannot approve. Publishes verdicts.published.")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "403", description = "four-eyes: you researched this item")
    @APIResponse(responseCode = "409", description = "Stale version or not allowed in this state")
    public Uni<ReviewView> approve(@PathParam("id") UUID id, @Valid @NotNull VersionRequest request) {
        return workflow.approve(id, request.version(), me());
    }

    @POST
    @Path("/{id}/request-changes")
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "Send a submitted verdict back to the researcher (SUBMITTED -> CHANGES_REQUESTED)", description = "reason: 1..2000 characters; it is also added to the item's notes.")
    @APIResponse(responseCode = "200", description = "Sent back")
    @APIResponse(responseCode = "403", description = "four-eyes: you researched this item")
    @APIResponse(responseCode = "409", description = "Stale version or not allowed in this state")
    public Uni<ReviewView> requestChanges(@PathParam("id") UUID id, @Valid @NotNull RequestChangesRequest request) {
        return workflow.requestChanges(id, request, me());
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "Propose a corrected verdict of a PUBLISHED/CORRECTED item, with a public note", description = "Nothing is published yet: the proposal waits (as the item's pendingCorrection) until a "
            + "second person, neither its proposer nor the researcher, approves it. One open proposal per item.")
    @APIResponse(responseCode = "201", description = "Proposed; the item with its pendingCorrection")
    @APIResponse(responseCode = "409", description = "Stale version, not allowed in this state, or a proposal is open")
    public Uni<Response> proposeCorrection(@PathParam("id") UUID id, @Valid @NotNull CorrectionRequest request) {
        return workflow.proposeCorrection(id, request, me()).map(view -> created(view));
    }

    @POST
    @Path("/{id}/corrections/{proposalId}/approve")
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "Approve and publish a proposed correction (PUBLISHED/CORRECTED -> CORRECTED)", description = "Four-eyes: neither the proposer nor the researcher can approve. Publishes a new verdict "
            + "version on verdicts.published; the audit trail and the ClaimReview name proposer and approver.")
    @APIResponse(responseCode = "200", description = "Correction published")
    @APIResponse(responseCode = "403", description = "four-eyes: you proposed this correction or researched the item")
    @APIResponse(responseCode = "404", description = "No such proposal on this item")
    @APIResponse(responseCode = "409", description = "Stale version, already decided, or another version went out")
    public Uni<ReviewView> approveCorrection(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
            @Valid @NotNull CorrectionDecisionRequest request) {
        return workflow.approveCorrection(id, proposalId, request, me());
    }

    @POST
    @Path("/{id}/corrections/{proposalId}/reject")
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "Reject a proposed correction (its proposer withdraws it the same way); nothing is published")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "404", description = "No such proposal on this item")
    @APIResponse(responseCode = "409", description = "Stale version or already decided")
    public Uni<ReviewView> rejectCorrection(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
            @Valid @NotNull CorrectionDecisionRequest request) {
        return workflow.rejectCorrection(id, proposalId, request, me());
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "Every change of the item: who, when, action, from and to state, why", description = "Oldest first, keyset pagination: pass the returned `next` as `after`.")
    @APIResponse(responseCode = "200", description = "A page of the audit trail")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit outside 1..100")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public Uni<ListPage<AuditView>> audit(@PathParam("id") UUID id,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1..100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return queries.audit(id, cursor(after), limit);
    }

    @GET
    @Path("/{id}/notes")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "The item's notes, oldest first", description = "Keyset pagination: pass `next` as `after`.")
    @APIResponse(responseCode = "200", description = "A page of notes")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit outside 1..100")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public Uni<ListPage<NoteView>> notes(@PathParam("id") UUID id,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1..100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return queries.notes(id, cursor(after), limit);
    }

    @GET
    @Path("/{id}/sources")
    @RolesAllowed({ "reviewer", "editor", "admin" })
    @Operation(summary = "The item's evidence ledger, oldest first", description = "Keyset pagination: pass `next` as `after`.")
    @APIResponse(responseCode = "200", description = "A page of sources")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit outside 1..100")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public Uni<ListPage<SourceView>> sources(@PathParam("id") UUID id,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1..100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return queries.sources(id, cursor(after), limit);
    }

    @GET
    @Path("/{id}/claim-review")
    @PermitAll
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "schema.org ClaimReview (JSON-LD) of a published verdict", description = "Public, like the verdict itself: this is the reviewUrl of verdicts.published.")
    @APIResponse(responseCode = "200", description = "ClaimReview JSON-LD")
    @APIResponse(responseCode = "404", description = "Unknown id or not published")
    public Uni<Response> claimReview(@PathParam("id") UUID id) {
        return queries.claimReview(id).map(doc -> Response.ok(doc, LD_JSON).build());
    }

    /** Query enums parsed here so that an unknown value is a 400 naming the parameter (JAX-RS would say 404). */
    /**
     * The queue's filters from their query parameters, for the queue list and its CSV export alike; {@code me} as the
     * assignee is the caller, named as the assignee column holds it.
     */
    static QueueFilter queueFilter(String state, String assignee, String priority, Boolean overdue, String q,
            Supplier<String> myName) {
        String who = "me".equals(assignee) ? myName.get() : assignee;
        String text = q == null || q.isBlank() ? null : q.strip();
        // Three characters make a trigram the index can use; 200 is more than any real search.
        if (text != null && (text.length() < 3 || text.length() > 200)) {
            throw ReviewProblem.badRequest("q", "must be 3 to 200 characters");
        }
        return new QueueFilter(enumParam("state", ReviewState.class, state), who,
                enumParam("priority", Priority.class, priority), overdue, text);
    }

    static <E extends Enum<E>> E enumParam(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ReviewProblem.unreadableParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static ListCursor cursor(String after) {
        try {
            return after == null || after.isBlank() ? null : ListCursor.decode(after);
        } catch (IllegalArgumentException e) {
            throw ReviewProblem.unreadableParameter("after", "not a cursor returned by this API");
        }
    }

    /** The caller: the token's subject is the identity, the principal name (preferred_username) the display. */
    private Actor me() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw ReviewProblem.forbidden("the token carries no subject (sub); it cannot identify you");
        }
        return new Actor(subject, identity.getPrincipal().getName(), identity.getRoles());
    }

    private static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
