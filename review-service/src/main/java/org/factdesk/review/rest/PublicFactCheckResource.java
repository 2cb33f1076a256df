package org.factdesk.review.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.review.api.PublicFactCheck;
import org.factdesk.review.api.PublicFactCheckPage;
import org.factdesk.review.api.PublicIndexEntry;
import org.factdesk.review.domain.Rating;
import org.factdesk.review.repository.PublicCursor;
import org.factdesk.review.repository.PublicFilter;
import org.factdesk.review.repository.PublicOrder;
import org.factdesk.review.service.PublicFactCheckService;
import org.factdesk.review.service.ReviewProblem;

import io.smallrye.mutiny.Uni;

/**
 * The public read model behind the gateway's fact-check pages, feeds and sitemap.
 *
 * <p>
 * Why a token although the data is public: the gateway calls with its own client-credentials token, whose
 * service account alone holds the realm role {@code public-site}. The alternative, an unauthenticated route
 * trusted to be reachable only on the private network, fails open: one mis-scoped Ingress, NetworkPolicy or port
 * forward would publish an uncached, unthrottled search endpoint that bypasses the gateway's caching and rate
 * limits. With the token it fails closed, and it keeps the rule of this service that every caller is identified
 * and audience-checked. Users' tokens do not carry the role, so the desk's own UI cannot use this door either.
 */
@Path("/api/public/fact-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("public-site")
@Tag(name = "public fact-checks")
@APIResponse(responseCode = "401", description = "No valid token for the review-service")
@APIResponse(responseCode = "403", description = "The token is not the public site's (role public-site)")
public class PublicFactCheckResource {

    /** Longest search text: enough for any real query, short enough to bound the cost of parsing it. */
    static final int MAX_QUERY_LENGTH = 200;

    private final PublicFactCheckService publicFactChecks;

    public PublicFactCheckResource(PublicFactCheckService publicFactChecks) {
        this.publicFactChecks = publicFactChecks;
    }

    @GET
    @Operation(summary = "Published fact-checks, newest first", description = "Keyset pagination: pass the returned `next` as `after`. `q` is a web-search style text "
            + "query over claim, summary and article title; `from`/`to` (yyyy-MM-dd, inclusive, UTC) filter the "
            + "first publication date; `order=updated` sorts by the latest correction instead (the feeds).")
    @APIResponse(responseCode = "200", description = "A page of published fact-checks")
    @APIResponse(responseCode = "400", description = "Unknown rating or order, bad date or cursor, limit outside 1..100")
    public Uni<PublicFactCheckPage> list(
            @Parameter(description = "Text search, up to 200 characters") @QueryParam("q") @Size(max = MAX_QUERY_LENGTH) String q,
            @Parameter(description = "Only this rating", schema = @Schema(implementation = Rating.class)) @QueryParam("rating") String rating,
            @Parameter(description = "First published on or after this day (yyyy-MM-dd)") @QueryParam("from") String from,
            @Parameter(description = "First published on or before this day (yyyy-MM-dd)") @QueryParam("to") String to,
            @Parameter(description = "published (default) or updated", schema = @Schema(implementation = PublicOrder.class)) @QueryParam("order") String order,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1..100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        PublicOrder sort = ReviewResource.enumParam("order", PublicOrder.class, order);
        sort = sort == null ? PublicOrder.PUBLISHED : sort;
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ReviewProblem.badRequest("to", "must not be before from");
        }
        PublicCursor cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = PublicCursor.decode(after);
            } catch (IllegalArgumentException e) {
                throw ReviewProblem.unreadableParameter("after", "not a cursor returned by this API");
            }
            if (cursor.order() != sort) {
                throw ReviewProblem.badRequest("after", "the cursor belongs to order=" + cursor.order().name().toLowerCase());
            }
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        PublicFilter filter = new PublicFilter(text, ReviewResource.enumParam("rating", Rating.class, rating),
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), sort);
        return publicFactChecks.page(filter, cursor, limit);
    }

    @GET
    @Path("/index")
    @Operation(summary = "Slug and last change of every published fact-check (the sitemap), newest change first", description = "At most factdesk.review.public-site.index-limit entries (default 50,000, the sitemap limit).")
    @APIResponse(responseCode = "200", description = "The entries")
    public Uni<List<PublicIndexEntry>> index() {
        return publicFactChecks.index();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One published fact-check: claim, verdict, sources and corrections history")
    @APIResponse(responseCode = "200", description = "The fact-check")
    @APIResponse(responseCode = "404", description = "No published fact-check has this slug")
    public Uni<PublicFactCheck> bySlug(@PathParam("slug") String slug) {
        return publicFactChecks.bySlug(slug);
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                throw ReviewProblem.badRequest(name, "must be a day between 1900 and 9999");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ReviewProblem.unreadableParameter(name, "must be a day as yyyy-MM-dd");
        }
    }
}
