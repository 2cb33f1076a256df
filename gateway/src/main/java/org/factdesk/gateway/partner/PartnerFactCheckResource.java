package org.factdesk.gateway.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.factdesk.gateway.limits.RateLimiter;
import org.factdesk.gateway.publishing.ClaimReviewMarkup;
import org.factdesk.gateway.publishing.PublicFactChecksClient;
import org.factdesk.gateway.publishing.PublicModel;
import org.factdesk.gateway.publishing.SiteUrls;
import org.factdesk.gateway.rest.Problem;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Published fact-checks for machines: a partner's CMS, archive or search. Partners call with an access token of
 * their own Keycloak client (client-credentials grant) whose service account holds the realm role
 * {@value #ROLE} and whose tokens name {@code factdesk-partner-api} as audience (the gateway's OIDC tenant
 * "partner"); session cookies count for nothing here. The data comes from the review-service's public read model,
 * read with the gateway's own token, so nothing unpublished can reach a partner. Each partner client has its own
 * rate limit.
 */
@Path("/partner/v1/fact-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PartnerFactCheckResource.ROLE)
@Tag(name = "partner API", description = "Published fact-checks for partners' systems")
@SecurityScheme(securitySchemeName = PartnerFactCheckResource.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT", description = "An access token from the newsroom's Keycloak (realm token endpoint, "
        + "grant_type=client_credentials) for a partner client whose service account holds the realm role partner")
@SecurityRequirement(name = PartnerFactCheckResource.SECURITY_SCHEME)
@Extension(name = "x-smallrye-profile-partner", value = "")
@APIResponse(responseCode = "401", description = "No token, or not a valid partner API token (wrong issuer, audience, signature or expired)", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "A valid token whose client does not hold the role partner", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "429", description = "This client's rate limit is used up; Retry-After says for how many seconds", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "503", description = "The published fact-checks cannot be read right now; Retry-After says when to try again", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class PartnerFactCheckResource {

    static final String ROLE = "partner";
    static final String SECURITY_SCHEME = "partner-token";
    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 20;

    private final PublicFactChecksClient readModel;
    private final ClaimReviewMarkup markup;
    private final SiteUrls urls;
    private final JsonWebToken token;
    private final RateLimiter limiter;

    public PartnerFactCheckResource(@RestClient PublicFactChecksClient readModel, ClaimReviewMarkup markup, SiteUrls urls,
            JsonWebToken token, PartnerApiConfig config, Vertx vertx) {
        this.readModel = readModel;
        this.markup = markup;
        this.urls = urls;
        this.token = token;
        this.limiter = new RateLimiter(config.rateLimit().requests(), config.rateLimit().window(),
                config.rateLimit().maxClients());
        vertx.setPeriodic(limiter.sweepMillis(), id -> limiter.sweep());
    }

    @GET
    @Operation(summary = "Published fact-checks, newest first", description = "Keyset pagination: pass the returned `next` as `after`. `q` is a web-search style "
            + "text query over claim, summary and article title; `from`/`to` (yyyy-MM-dd, inclusive, UTC) filter the "
            + "first publication day; `order=updated` sorts by the latest correction instead, for incremental "
            + "synchronisation.")
    @APIResponse(responseCode = "200", description = "A page of published fact-checks")
    @APIResponse(responseCode = "400", description = "Unknown rating or order, bad day or cursor, limit outside 1..100", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<PartnerModel.Page> list(
            @Parameter(description = "Text search, up to 200 characters") @QueryParam("q") String q,
            @Parameter(description = "Only this rating (TRUE, MOSTLY_TRUE, HALF_TRUE, MOSTLY_FALSE, FALSE, MISLEADING, UNPROVEN, NOT_A_CLAIM)") @QueryParam("rating") String rating,
            @Parameter(description = "First published on or after this day (yyyy-MM-dd)") @QueryParam("from") String from,
            @Parameter(description = "First published on or before this day (yyyy-MM-dd)") @QueryParam("to") String to,
            @Parameter(description = "published (default) or updated") @QueryParam("order") String order,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1..100 (default 20)") @QueryParam("limit") String limit) {
        throttle();
        int size = pageSize(limit);
        return readModel.list(q, rating, from, to, order, after, size)
                .map(page -> new PartnerModel.Page(page.items().stream().map(this::summary).toList(), page.next()))
                .onFailure().transform(PartnerApiException::from);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One published fact-check: verdict, explanation, sources, every published version and its ClaimReview")
    @APIResponse(responseCode = "200", description = "The fact-check")
    @APIResponse(responseCode = "404", description = "No published fact-check has this slug", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<PartnerModel.FactCheck> bySlug(@PathParam("slug") String slug) {
        throttle();
        return readModel.bySlug(slug)
                .map(fact -> {
                    PublicModel.Summary summary = fact.asSummary();
                    return new PartnerModel.FactCheck(summary(summary), fact.explanation(),
                            fact.sources().stream().map(PartnerModel.Source::of).toList(),
                            fact.versions().stream().map(PartnerModel.Version::of).toList(), markup.of(summary, true));
                })
                .onFailure().transform(PartnerApiException::from);
    }

    private PartnerModel.Summary summary(PublicModel.Summary fact) {
        return PartnerModel.Summary.of(fact, urls.factCheck(fact.slug()));
    }

    /** Keycloak names the client a client-credentials token was issued to in {@code azp}. */
    private void throttle() {
        String client = token.getClaim("azp");
        client = client == null ? "unknown" : client;
        long retryAfter = limiter.take(client);
        if (retryAfter > 0) {
            throw PartnerApiException.tooManyRequests(client, retryAfter);
        }
    }

    private static int pageSize(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.strip());
            if (size >= 1 && size <= MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below like a number out of range
        }
        throw PartnerApiException.badRequest("limit: must be a whole number from 1 to " + MAX_LIMIT);
    }
}
