package org.factdesk.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "factdesk")
public interface ArticleConfig {

    Article article();

    Detection detection();

    Matches matches();

    Outbox outbox();

    /** Connection settings (factdesk.db.*), expanded into quarkus.datasource.* by application.properties. */
    Map<String, String> db();

    interface Article {
        /** Largest accepted body (UTF-8 bytes of the submitted text); bigger requests get 413. */
        @WithDefault("204800")
        int maxBodyBytes();

        /** Page size used when a list request names none, and the largest allowed. */
        @WithDefault("20")
        int defaultPageSize();

        @WithDefault("100")
        int maxPageSize();
    }

    interface Detection {
        /** Sentences scoring above this check-worthiness become SUGGESTED claims. */
        @WithDefault("0.5")
        double threshold();
    }

    interface Matches {
        /** pg_trgm similarity (0..1) above which an earlier checked claim is offered as saying the same thing. */
        @WithDefault("0.4")
        double similarityThreshold();

        @WithDefault("10")
        int limit();
    }

    interface Outbox {
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
    }
}
