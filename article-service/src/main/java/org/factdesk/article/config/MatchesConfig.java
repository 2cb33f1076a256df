package org.factdesk.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** "Already checked?" matching against claims with a published verdict. */
@ConfigMapping(prefix = "factdesk.matches")
public interface MatchesConfig {

    /** pg_trgm similarity (0..1) above which an earlier checked claim is offered as saying the same thing. */
    @WithDefault("0.4")
    double similarityThreshold();

    @WithDefault("10")
    int limit();
}
