package org.factdesk.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What this service accepts from the events it consumes, beyond their shape (domain.VerdictLanding). */
@ConfigMapping(prefix = "factdesk.consumed-events")
public interface ConsumedEventsConfig {

    /**
     * How far a verdicts.published version may run ahead of the version the claim holds and still be applied (a
     * replay can bring a correction before the ones it follows); further ahead it is dead-lettered as impossible
     * (env FACTDESK_CONSUMED_EVENTS_MAX_VERDICT_VERSION_LEAD).
     */
    @WithDefault("10")
    int maxVerdictVersionLead();
}
