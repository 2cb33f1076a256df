package org.factdesk.gateway.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.gateway.config.GatewayConfig;
import org.factdesk.gateway.rest.Problem;
import org.factdesk.gateway.security.CsrfGuard;
import org.factdesk.gateway.security.SessionEnded;
import org.factdesk.gateway.security.SignedInUser;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/live}: a Server-Sent Events stream of the services' Kafka events, each with the topic as
 * event name and the published JSON as data, filtered by role: reviewers see the review queue's topics,
 * editors and admins see every topic. Each user may hold a few streams, the replica a bounded number (429 past
 * either); a logout ends the streams of its session.
 */
@ApplicationScoped
public class LiveRoute {

    public static final String PATH = "/api/live";
    /** Shortest stream lifetime, so a session about to be refreshed does not cause a reconnect storm. */
    private static final Duration MIN_LIFETIME = Duration.ofSeconds(30);
    /** What a refused browser is told to wait before it tries again (its EventSource would retry after 3 s). */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final Vertx vertx;
    private final LiveEventHub hub;
    private final GatewayConfig.Live config;

    public LiveRoute(Vertx vertx, LiveEventHub hub, GatewayConfig config) {
        this.vertx = vertx;
        this.hub = hub;
        this.config = config.live();
    }

    void register(@Observes Router router) {
        router.get(PATH).order(CsrfGuard.ROUTE_ORDER + 50).handler(this::open);
    }

    void open(RoutingContext context) {
        SignedInUser user = SignedInUser.of(context).orElse(null);
        if (user == null) {
            new Problem(401, "Unauthorized", "sign-in required", PATH).send(context.response());
            return;
        }
        Set<String> topics = visibleTopics(user);
        if (topics.isEmpty()) {
            new Problem(403, "Forbidden", "live updates need the role editor, reviewer or admin", PATH)
                    .send(context.response());
            return;
        }
        LiveStream stream = new LiveStream(vertx, context.response(), topics, user.username(),
                user.claim("sub").orElse(user.username()), user.claim("sid").orElse(null));
        switch (hub.admit(stream)) {
            case USER_LIMIT -> {
                tooMany(context, "at most " + config.maxStreamsPerUser()
                        + " live streams per user are open at once; close another tab or window of Factdesk");
                return;
            }
            case TOTAL_LIMIT -> {
                tooMany(context, "the gateway holds as many live streams as it may; try again shortly");
                return;
            }
            case ADMITTED -> {
            }
        }
        Duration untilExpiry = Duration.between(Instant.now(), Instant.ofEpochSecond(user.expiresAt()));
        stream.open(config.bufferBytes(), config.heartbeat(),
                untilExpiry.compareTo(MIN_LIFETIME) > 0 ? untilExpiry : MIN_LIFETIME, () -> hub.remove(stream));
    }

    private static void tooMany(RoutingContext context, String detail) {
        context.response().putHeader("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
        new Problem(429, "Too Many Requests", detail, PATH).send(context.response());
    }

    /** Ends the live streams of a session that logs out here, instead of letting them run until the token expires. */
    void loggedOut(@Observes SessionEnded ended) {
        hub.endSession(ended.subject(), ended.sessionId());
    }

    /** Personal topics are in every desk role's set: LiveStream writes only the user's own events of them. */
    Set<String> visibleTopics(SignedInUser user) {
        if (user.hasRole("editor") || user.hasRole("admin")) {
            return Set.copyOf(config.topics());
        }
        if (user.hasRole("reviewer")) {
            return config.topics().stream()
                    .filter(topic -> config.reviewerTopics().contains(topic) || config.personalTopics().contains(topic))
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
