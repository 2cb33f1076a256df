package org.factdesk.gateway.publishing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.smallrye.mutiny.Uni;

/**
 * Every public response carries Cache-Control and a strong ETag (a hash of the exact bytes), and a request whose
 * If-None-Match names the current ETag gets 304 without a body, and shared caches in front can serve readers for
 * max-age. Pages built from the read model come from {@link PublicPageCache} when it has them, so a warm page costs
 * neither a call to the review-service nor a template nor a hash.
 */
@ApplicationScoped
public class CachedResponses {

    private final String cacheControl;
    private final PublicPageCache pages;

    public CachedResponses(PublicSiteConfig config, PublicPageCache pages) {
        this.cacheControl = "public, max-age=" + config.cache().maxAge().toSeconds();
        this.pages = pages;
    }

    public Response ok(String body, String mediaType, HttpHeaders request) {
        return respond(200, body, mediaType, request);
    }

    /**
     * A page or feed built from the read model: served from {@link PublicPageCache} when it holds this path and query,
     * otherwise rendered by {@code body} (which may fail: failures are not cached) and kept for the next reader.
     */
    public Uni<Response> page(UriInfo uri, String mediaType, HttpHeaders request, Supplier<Uni<String>> body) {
        URI requested = uri.getRequestUri();
        String key = requested.getRawQuery() == null ? requested.getRawPath()
                : requested.getRawPath() + "?" + requested.getRawQuery();
        return pages.get(key, () -> body.get().map(text -> rendered(text, mediaType)))
                .map(page -> respond(200, page, request));
    }

    /** Any status; 304 only replaces a 200, error pages are sent in full (with a short cache life). */
    public Response respond(int status, String body, String mediaType, HttpHeaders request) {
        return respond(status, rendered(body, mediaType), request);
    }

    private Response respond(int status, PublicPageCache.Page page, HttpHeaders request) {
        if (status == 200 && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, page.etag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        return Response.status(status).entity(page.body()).type(page.mediaType())
                .header(HttpHeaders.ETAG, page.etag())
                .header(HttpHeaders.CACHE_CONTROL, status == 200 || status == 404 ? cacheControl : "no-cache")
                .build();
    }

    private static PublicPageCache.Page rendered(String body, String mediaType) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new PublicPageCache.Page(bytes, etag(bytes), mediaType);
    }

    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly (a W/ prefix is ignored). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.replaceFirst("^W/", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
