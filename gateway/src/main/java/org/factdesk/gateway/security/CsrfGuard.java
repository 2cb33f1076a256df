package org.factdesk.gateway.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.gateway.rest.Problem;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses state-changing calls under /api/ that do not carry the session's CSRF token in {@value #HEADER}.
 * Runs after authentication and before every /api/ handler (the proxy routes and the REST resources).
 */
@ApplicationScoped
public class CsrfGuard {

    public static final String HEADER = "X-CSRF-Token";
    /** After Quarkus' authentication and authorization filters, before the proxy (950) and REST routes. */
    public static final int ROUTE_ORDER = 900;

    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final CsrfTokens tokens;

    public CsrfGuard(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    void register(@Observes Router router) {
        router.routeWithRegex("/api(/.*)?").order(ROUTE_ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        if (!STATE_CHANGING.contains(context.request().method())) {
            context.next();
            return;
        }
        boolean valid = SignedInUser.of(context)
                .map(user -> tokens.isValid(user, context.request().getHeader(HEADER)))
                .orElse(false);
        if (valid) {
            context.next();
        } else {
            Log.debugf("refused %s %s: missing or invalid CSRF token", context.request().method(), context.request().path());
            new Problem(403, "Forbidden", "missing or invalid CSRF token", context.request().path())
                    .send(context.response());
        }
    }
}
