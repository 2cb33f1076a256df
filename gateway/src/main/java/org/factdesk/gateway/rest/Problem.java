package org.factdesk.gateway.rest;

import org.factdesk.problem.ProblemType;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem body, for the responses the gateway writes itself. Its type follows from the status: the
 * gateway's own refusals (no session, role, CSRF, rate limit, service unreachable) are each the plain case of theirs.
 */
public record Problem(int status, String title, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Buffer toBuffer() {
        return new JsonObject()
                .put("type", ProblemType.forStatus(status).uri())
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }

    /** Ends the response with this problem; no-op when a response was already started. */
    public void send(HttpServerResponse response) {
        if (response.headWritten()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(toBuffer());
    }
}
