package org.factdesk.gateway.publishing;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Refusals and failures of the public site as an HTML page with the right status, cached like every public page. */
public class PublicSiteErrors {

    static final String HTML = "text/html; charset=UTF-8";

    @CheckedTemplate(basePath = "PublicPages")
    static class Templates {
        static native TemplateInstance error(PublicViews.Site site, int status, String title, String message);
    }

    /** Readers and crawlers retry a public page after this long; the desk's own 503s say 5 s, crawlers need not hurry. */
    static final String RETRY_AFTER_SECONDS = "30";

    private final CachedResponses cached;
    private final SiteUrls urls;

    public PublicSiteErrors(CachedResponses cached, SiteUrls urls) {
        this.cached = cached;
        this.urls = urls;
    }

    @ServerExceptionMapper
    public Response failed(PublicSiteException e, HttpHeaders request) {
        String title = switch (e.status()) {
            case 404 -> "Fact-check not found";
            case 400 -> "Bad request";
            default -> "Temporarily unavailable";
        };
        if (e.status() >= 500) {
            Log.warnf("public site: %s", e.getMessage());
        }
        String message = e.status() >= 500 ? "The fact-checks cannot be shown right now. Please try again shortly."
                : e.getMessage();
        Response response = cached.respond(e.status(), Templates.error(urls.site(), e.status(), title, message).render(),
                HTML, request);
        return e.status() == 503 ? Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build()
                : response;
    }
}
