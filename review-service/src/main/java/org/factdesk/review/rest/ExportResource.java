package org.factdesk.review.rest;

import static org.factdesk.review.rest.ReviewResource.enumParam;
import static org.factdesk.review.rest.ReviewResource.queueFilter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.review.domain.Priority;
import org.factdesk.review.domain.Rating;
import org.factdesk.review.domain.ReviewState;
import org.factdesk.review.repository.QueueFilter;
import org.factdesk.review.service.ExportService;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * CSV downloads for editors and admins: the queue (with the queue list's filters), the published verdicts and the
 * dashboard's figures. UTF-8, a header row, RFC 4180 quoting, formula cells neutralised ({@link org.factdesk.review.api.Csv}).
 * The two lists stream: the response is chunked and written while the rows are read.
 */
@Path("/api/reviews/export")
@Tag(name = "exports")
@APIResponse(responseCode = "401", description = "No valid token for the review-service")
@APIResponse(responseCode = "403", description = "Not an editor or admin")
public class ExportResource {

    static final String CSV = "text/csv; charset=utf-8";

    private final ExportService exports;
    private final SecurityIdentity identity;

    public ExportResource(ExportService exports, SecurityIdentity identity) {
        this.exports = exports;
        this.identity = identity;
    }

    @GET
    @Path("/queue.csv")
    @Produces(CSV)
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "The review queue as CSV, in queue order, with the queue list's filters", description = "Every matching item, streamed (no page size, no cursor). Columns: "
            + "id, claim_id, article_id, article_title, claim_text, claim_author, priority, due_at, overdue, "
            + "check_worthiness, state, assignee, queued_by, queued_at, updated_at.")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "400", description = "Unknown filter value")
    public RestMulti<Buffer> queue(
            @Parameter(description = "Only items in this state", schema = @Schema(implementation = ReviewState.class)) @QueryParam("state") String state,
            @Parameter(description = "Only items assigned to this user; `me` for yourself") @QueryParam("assignee") String assignee,
            @Parameter(description = "Only items of this priority", schema = @Schema(implementation = Priority.class)) @QueryParam("priority") String priority,
            @Parameter(description = "true: only open items past their due time; false: only the others") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only claims containing this text (case-insensitive), 3..200 characters") @QueryParam("q") String q) {
        QueueFilter filter = queueFilter(state, assignee, priority, overdue, q, () -> identity.getPrincipal().getName());
        return attachment(exports.queue(filter), "review-queue.csv");
    }

    @GET
    @Path("/verdicts.csv")
    @Produces(CSV)
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "The published verdicts as CSV, newest first publication first", description = "Published and corrected items, their current verdict. Streamed. Columns: review_id, "
            + "claim_id, article_id, article_title, article_url, claim_text, claim_author, rating, label, summary, "
            + "researched_by, approved_by, verdict_version, first_published_at, published_at, correction_note, "
            + "state, public_url.")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "400", description = "Unknown rating")
    public RestMulti<Buffer> verdicts(
            @Parameter(description = "Only verdicts of this rating", schema = @Schema(implementation = Rating.class)) @QueryParam("rating") String rating) {
        return attachment(exports.verdicts(enumParam("rating", Rating.class, rating)), "verdicts.csv");
    }

    @GET
    @Path("/stats.csv")
    @Produces(CSV)
    @RolesAllowed({ "editor", "admin" })
    @Operation(summary = "The dashboard's figures as CSV", description = "Columns figure, key, value; figures count_by_state, overdue, median_seconds_in_state, "
            + "verdict_mix, reviewer_load (as GET /api/reviews/stats).")
    @APIResponse(responseCode = "200", description = "The CSV")
    public Uni<RestResponse<String>> stats() {
        return exports.stats().map(csv -> RestResponse.ResponseBuilder.ok(csv, CSV)
                .header("Content-Disposition", disposition("desk-figures.csv"))
                .header("Cache-Control", "no-store").build());
    }

    private static RestMulti<Buffer> attachment(Multi<Buffer> body, String filename) {
        return RestMulti.fromMultiData(body).status(200)
                .header("Content-Type", CSV)
                .header("Content-Disposition", disposition(filename))
                // Exports hold unpublished work: no shared cache may keep them.
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String disposition(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }
}
