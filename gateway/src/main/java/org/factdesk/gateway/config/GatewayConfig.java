package org.factdesk.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the gateway needs to know besides Quarkus' own settings; see application.properties. */
@ConfigMapping(prefix = "factdesk.gateway")
public interface GatewayConfig {

    /** Where /api/articles/** is routed. */
    Upstream articleService();

    /** Where /api/reviews/** is routed. */
    Upstream reviewService();

    Proxy proxy();

    Csrf csrf();

    Live live();

    Keycloak keycloak();

    Ui ui();

    /**
     * Whether the production profile may start with the development secrets of application.properties: true only
     * on a developer's machine (the local launcher and the Kubernetes dev overlay set it).
     */
    @WithDefault("false")
    boolean allowDevSecrets();

    interface Upstream {
        /** Base URL (scheme, host, port) of the service, e.g. http://localhost:8081. */
        String url();
    }

    interface Proxy {
        /** Longest wait for a TCP connection to a service; past it the browser gets 504. */
        @WithDefault("3s")
        Duration connectTimeout();

        /** Longest silence from a service while waiting for its response; past it the browser gets 504. */
        @WithDefault("15s")
        Duration responseTimeout();
    }

    interface Csrf {
        /**
         * Key of the HMAC that binds a CSRF token to the Keycloak session. Shared by all replicas and kept
         * across restarts, so a token handed out by one instance is accepted by every other.
         */
        String secret();
    }

    interface Live {
        /** Topics relayed to the browsers; a role sees the subset {@link #reviewerTopics()} or all of them. */
        Set<String> topics();

        /** Topics a reviewer may see (the review queue); editors and admins see every topic. */
        Set<String> reviewerTopics();

        /**
         * Topics of personal events (notifications), keyed by the recipient's user name: each is written only to the
         * streams of that user, whatever their role; one without a key is written to nobody.
         */
        Set<String> personalTopics();

        /** Interval of the SSE comment lines that keep idle proxies from closing the stream. */
        @WithDefault("15s")
        Duration heartbeat();

        /**
         * Bytes that may wait unsent for one browser. A browser that falls this far behind loses events
         * and is told to resync instead of stalling the Kafka consumer or growing the heap.
         */
        @WithDefault("65536")
        int bufferBytes();

        /**
         * Open streams one user (token subject) may hold on this gateway replica: a few tabs and devices. One more
         * is refused with 429, so one account cannot hold the replica's connections.
         */
        @WithDefault("5")
        int maxStreamsPerUser();

        /** Open streams on this replica in total; past it every new stream is refused with 429 (bounded memory). */
        @WithDefault("1000")
        int maxStreams();
    }

    interface Keycloak {
        /** Origin of the Keycloak login pages, allowed as a form target by the Content-Security-Policy. */
        String origin();
    }

    interface Ui {
        /**
         * Path prefixes served by the gateway itself or routed to a service; every other path without a file
         * extension is a route of the single-page app and gets its index.html.
         */
        List<String> serverPaths();
    }
}
