package org.factdesk.review.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook subscribers: which addresses they may have and how deliveries are sent, retried and given up on. */
@ConfigMapping(prefix = "factdesk.webhooks")
public interface WebhookConfig {

    /**
     * Hosts or address ranges (CIDR) that may be webhook targets although they are private, loopback or link-local
     * (e.g. {@code cms.internal, 10.20.0.0/16}). Empty: only public addresses, so a webhook cannot reach inside the
     * network.
     */
    Optional<List<String>> allowedPrivateTargets();

    /**
     * How often the dispatcher looks for retries that fell due (also the @Scheduled expression); new deliveries go out
     * at once, woken by the outbox's NOTIFY.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Deliveries taken per dispatcher run; they are sent concurrently. */
    @WithDefault("64")
    int batchSize();

    /** How long one request may take, connection included; a slower receiver counts as a failure. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Back-off after the first failed attempt; it doubles with each further failure (with jitter). */
    @WithDefault("5s")
    Duration initialBackoff();

    /** The longest back-off between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Attempts before a delivery is marked FAILED (replayable from the delivery log). */
    @WithDefault("15")
    int maxAttempts();

    /** An endpoint is disabled after this many failed attempts in a row ... */
    @WithDefault("50")
    int disableAfterFailures();

    /** ... once that run of failures has also lasted this long (a short outage never disables it). */
    @WithDefault("24h")
    Duration disableAfterFailingFor();

    /** How long a rotated-out secret keeps signing beside the new one. */
    @WithDefault("24h")
    Duration previousSecretValidity();

    /** How long a dispatcher holds a delivery it is sending; after that another replica may send it. */
    @WithDefault("2m")
    Duration lease();

    /** Name of the Quarkus TLS configuration (quarkus.tls.NAME.*) trusted for receivers; the JVM's trust otherwise. */
    Optional<String> tlsConfigurationName();
}
