package org.factdesk.article.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The transactional outbox relay. */
@ConfigMapping(prefix = "factdesk.outbox")
public interface OutboxConfig {

    /** Turns the scheduled relay off, e.g. while an operator drains Kafka; rows wait in the table. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for unsent rows. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("100")
    int batchSize();

    /** How long a relay run owns the rows it picked, so parallel replicas never send the same row at once. */
    @WithDefault("60s")
    Duration lease();

    /** Bootstrap servers for the relay's producer; defaults to the service's kafka.bootstrap.servers. */
    Optional<String> bootstrapServers();

    /** Upper bound for one send including retries, so a dead broker fails a run instead of blocking it. */
    @WithDefault("15s")
    Duration deliveryTimeout();

    /** Upper bound for waiting on metadata when the broker cannot be reached. */
    @WithDefault("5s")
    Duration maxBlock();

    /**
     * Whether the relay LISTENs for the outbox trigger's NOTIFY and runs at once after each commit. Off only where LISTEN
     * cannot work (e.g. behind a transaction-pooling PgBouncer); the relay then waits for its poll.
     */
    @WithDefault("true")
    boolean listen();
}
