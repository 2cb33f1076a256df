package org.factdesk.support.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.problem.ProblemType;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem body, before
 * anything reads it; the HTTP layer's own refusal carries no body at all.
 */
@ApplicationScoped
public class OversizeBodyGuard {

    private final long maxBodyBytes;

    public OversizeBodyGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                JsonObject problem = new JsonObject().put("type", ProblemType.TOO_LARGE.uri()).put("title", "Content Too Large")
                        .put("status", 413)
                        .put("detail", "the request body is larger than the " + maxBodyBytes + " bytes this service accepts")
                        .put("instance", context.request().path());
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
            } else {
                context.next();
            }
        });
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
