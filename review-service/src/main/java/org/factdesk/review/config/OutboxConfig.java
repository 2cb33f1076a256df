package org.factdesk.review.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay drains the outbox table to Kafka. */
@ConfigMapping(prefix = "factdesk.outbox")
public interface OutboxConfig {

    /** How often the relay looks for unsent events (also used by the @Scheduled expression). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows taken per relay run. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker's acknowledgement of one event before retrying later. */
    @WithDefault("15s")
    Duration sendTimeout();

    /**
     * Whether the relay LISTENs for the outbox trigger's NOTIFY and runs at once after each commit. Off only where LISTEN
     * cannot work (e.g. behind a transaction-pooling PgBouncer); the relay then waits for its poll.
     */
    @WithDefault("true")
    boolean listen();
}
