package org.factdesk.gateway.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Every public response carries Cache-Control and a strong ETag (a hash of the exact bytes), and a request whose
 * If-None-Match names the current ETag gets 304 without a body. The bytes are rendered anyway (the page may have
 * changed), but nothing goes over the wire, and shared caches in front can serve readers for max-age.
 */
@ApplicationScoped
public class CachedResponses {

    private final String cacheControl;

    public CachedResponses(PublicSiteConfig config) {
        this.cacheControl = "public, max-age=" + config.cache().maxAge().toSeconds();
    }

    public Response ok(String body, String mediaType, HttpHeaders request) {
        return respond(200, body, mediaType, request);
    }

    /** Any status; 304 only replaces a 200, error pages are sent in full (with a short cache life). */
    public Response respond(int status, String body, String mediaType, HttpHeaders request) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = etag(bytes);
        if (status == 200 && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        return Response.status(status).entity(bytes).type(mediaType)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, status == 200 || status == 404 ? cacheControl : "no-cache")
                .build();
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
