package org.factdesk.gateway.publishing;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * The review-service's public read model, called with the gateway's own client-credentials token (its service
 * account holds the realm role public-site): readers are anonymous, so there is no user token to relay.
 */
@RegisterRestClient(configKey = "public-fact-checks")
@OidcClientFilter
@Path("/api/public/fact-checks")
public interface PublicFactChecksClient {

    @GET
    Uni<PublicModel.Page> list(@QueryParam("q") String q, @QueryParam("rating") String rating,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("order") String order, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit);

    @GET
    @Path("/index")
    Uni<List<PublicModel.IndexEntry>> index();

    @GET
    @Path("/{slug}")
    Uni<PublicModel.FactCheck> bySlug(@PathParam("slug") String slug);

    /** The service's refusals become the site's: its 400 detail names the bad parameter, 404 is "not published". */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status == 404) {
            return PublicSiteException.notFound("This fact-check does not exist or is not published.");
        }
        if (status == 400) {
            String detail;
            try {
                detail = new JsonObject(response.readEntity(String.class)).getString("detail", "bad query");
            } catch (RuntimeException e) {
                detail = "bad query";
            }
            return PublicSiteException.badRequest(detail);
        }
        return PublicSiteException.unavailable("review-service answered " + status);
    }
}
