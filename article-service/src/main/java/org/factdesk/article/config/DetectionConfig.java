package org.factdesk.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Claim detection on ingest. */
@ConfigMapping(prefix = "factdesk.detection")
public interface DetectionConfig {

    /** Sentences scoring above this check-worthiness become SUGGESTED claims. */
    @WithDefault("0.5")
    double threshold();
}
