package org.factdesk.gateway.partner;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.factdesk.gateway.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;

/** The partner API's refusals and failures as RFC 9457 problem+json, with Retry-After where waiting helps. */
public class PartnerApiProblems {

    /** The review-service is restarting or unreachable: a short wait, as the desk's own 503s. */
    static final long UNAVAILABLE_RETRY_SECONDS = 5;

    @ServerExceptionMapper
    public Response refused(PartnerApiException e, UriInfo request) {
        String title = switch (e.status()) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            default -> "Service Unavailable";
        };
        if (e.status() >= 500) {
            Log.warnf("partner API: %s", e.getMessage());
        }
        Response.ResponseBuilder response = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new Problem(e.status(), title, e.getMessage(), request.getPath()).toBuffer().toString());
        if (e.retryAfterSeconds() > 0) {
            response.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return response.build();
    }
}
