package org.factdesk.review.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What this service accepts from the events it consumes, beyond their shape. */
@ConfigMapping(prefix = "factdesk.consumed-events")
public interface ConsumedEventsConfig {

    /**
     * How far the producing service's clock may run ahead of ours: a claims.withdrawn dated further in the future is
     * dead-lettered as impossible, not applied (domain.WithdrawnClaim; env FACTDESK_CONSUMED_EVENTS_MAX_CLOCK_SKEW).
     */
    @WithDefault("5m")
    Duration maxClockSkew();

    /**
     * How long a claims.changed for a claim in the desk that has no review yet is retried: its claims.queued comes on
     * another topic and may not have been consumed yet. An older one is skipped with a warning, so that a claim whose
     * review never opens does not hold its partition for ever (env FACTDESK_CONSUMED_EVENTS_MAX_WAIT_FOR_QUEUED).
     */
    @WithDefault("2m")
    Duration maxWaitForQueued();
}
