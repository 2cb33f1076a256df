package org.factdesk.article.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long this service remembers the ids of the events it consumed (its idempotency records). */
@ConfigMapping(prefix = "factdesk.retention")
public interface RetentionConfig {

    /** How often old ids are looked for (also the @Scheduled expression). */
    @WithDefault("1h")
    Duration sweepInterval();

    /**
     * Age after which a consumed event's id is forgotten. Must stay well beyond the topics' retention (7 days): only
     * an event still on a topic can be delivered again, and its id must then still be known.
     */
    @WithDefault("30d")
    Duration processedEvents();

    /** Rows deleted per transaction, so that a large backlog never holds locks for long. */
    @WithDefault("1000")
    int batchSize();
}
