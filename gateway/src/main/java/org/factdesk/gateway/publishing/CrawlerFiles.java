package org.factdesk.gateway.publishing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;

/**
 * The files crawlers look for at the root. Each has its own exact @Path: a resource on "/" would match every path
 * at class level and answer 404 for the single-page app's routes instead of letting SpaRouting serve them.
 */
public final class CrawlerFiles {

    private CrawlerFiles() {
    }

    @Path("/sitemap.xml")
    @Tag(name = "public site")
    public static class Sitemap {

        private final PublicFactChecksClient factChecks;
        private final CachedResponses cached;
        private final Feeds feeds;

        public Sitemap(@RestClient PublicFactChecksClient factChecks, CachedResponses cached, Feeds feeds) {
            this.factChecks = factChecks;
            this.cached = cached;
            this.feeds = feeds;
        }

        @GET
        @Operation(summary = "Sitemap of the public fact-check pages with lastmod")
        public Uni<Response> sitemap(@Context UriInfo uri, @Context HttpHeaders request) {
            return cached.page(uri, "application/xml; charset=UTF-8", request,
                    () -> PublicPages.upstream(factChecks.index()).map(feeds::sitemap));
        }
    }

    @Path("/robots.txt")
    @Tag(name = "public site")
    public static class Robots {

        private final CachedResponses cached;
        private final Feeds feeds;

        public Robots(CachedResponses cached, Feeds feeds) {
            this.cached = cached;
            this.feeds = feeds;
        }

        @GET
        @Operation(summary = "robots.txt: crawlers may read the public site only")
        public Response robots(@Context HttpHeaders request) {
            return cached.ok(feeds.robots(), "text/plain; charset=UTF-8", request);
        }
    }
}
