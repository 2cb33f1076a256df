package org.factdesk.article.support;

import org.factdesk.article.config.DetectionConfig;

/** The detection settings of application.properties, for plain tests that build the suggester themselves. */
public record DetectionSettings(double threshold, int maxScoredSentences, int maxSuggestions) implements DetectionConfig {

    public static DetectionSettings defaults() {
        return new DetectionSettings(0.5, 2000, 100);
    }
}
