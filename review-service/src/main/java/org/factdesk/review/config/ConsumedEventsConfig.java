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
}
