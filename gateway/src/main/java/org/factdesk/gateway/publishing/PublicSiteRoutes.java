package org.factdesk.gateway.publishing;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.gateway.limits.RateLimiter;
import org.factdesk.gateway.security.CsrfGuard;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What the public site needs below Quarkus REST: per-client rate limiting of every public path, and the embed
 * card's own framing headers (the only page other sites may frame).
 */
@ApplicationScoped
public class PublicSiteRoutes {

    /** Every path readers and crawlers reach without signing in. */
    static final String PUBLIC_PATHS = "/(fact-checks(/.*)?|sitemap\\.xml|robots\\.txt)";
    static final Pattern EMBED = Pattern.compile("/fact-checks/[^/]+/embed");
    /** Framable by any site, but nothing else relaxed: no scripts at all, styles and images from here only. */
    static final String EMBED_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors *";
    /** Before the CSRF guard and everything else: a throttled client costs a map lookup and nothing more. */
    static final int ROUTE_ORDER = CsrfGuard.ROUTE_ORDER - 100;

    private final Vertx vertx;
    private final RateLimiter limiter;

    public PublicSiteRoutes(PublicSiteConfig config, Vertx vertx) {
        this.vertx = vertx;
        this.limiter = new RateLimiter(config.rateLimit().requests(), config.rateLimit().window(),
                config.rateLimit().maxClients());
    }

    void register(@Observes Router router) {
        router.routeWithRegex(PUBLIC_PATHS).order(ROUTE_ORDER).handler(this::throttle);
        router.routeWithRegex(EMBED.pattern()).order(ROUTE_ORDER + 1).handler(this::framable);
        vertx.setPeriodic(limiter.sweepMillis(), id -> limiter.sweep());
    }

    private void throttle(RoutingContext context) {
        // With FACTDESK_BEHIND_PROXY the ingress' X-Forwarded-For is already applied to remoteAddress.
        String client = context.request().remoteAddress() == null ? "unknown"
                : context.request().remoteAddress().hostAddress();
        long retryAfterSeconds = limiter.take(client);
        if (retryAfterSeconds == 0) {
            context.addHeadersEndHandler(ignored -> {
                // A signed-in reader's session may be refreshed on the way: a response that sets a cookie must
                // never be stored by a shared cache and handed to someone else.
                if (context.response().headers().contains("Set-Cookie")) {
                    context.response().headers().set("Cache-Control", "private, no-store");
                }
            });
            context.next();
            return;
        }
        context.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(retryAfterSeconds))
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", "text/plain; charset=UTF-8")
                .end("Too many requests from your address; try again in " + retryAfterSeconds + " s.\n");
    }

    private void framable(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            context.response().headers().remove("X-Frame-Options");
            context.response().headers().set("Content-Security-Policy", EMBED_CSP);
        });
        context.next();
    }
}
