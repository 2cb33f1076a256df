package org.factdesk.review.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long the desk keeps records that only grow: inbox notifications (with their mails), finished webhook
 * deliveries (with their attempts) and the ids of consumed events. The review's own history (audit, notes, evidence,
 * verdicts) is never deleted.
 */
@ConfigMapping(prefix = "factdesk.retention")
public interface RetentionConfig {

    /** How often old rows are looked for (also the @Scheduled expression). */
    @WithDefault("1h")
    Duration sweepInterval();

    /** Age after which a notification leaves the inbox, read or not; its mail goes with it. */
    @WithDefault("90d")
    Duration notifications();

    /** Age after which a delivered or failed webhook delivery leaves the delivery log; pending ones are kept. */
    @WithDefault("30d")
    Duration webhookDeliveries();

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
