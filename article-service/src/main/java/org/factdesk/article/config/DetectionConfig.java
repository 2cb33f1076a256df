package org.factdesk.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Claim detection on ingest. */
@ConfigMapping(prefix = "factdesk.detection")
public interface DetectionConfig {

    /** Sentences scoring above this check-worthiness become SUGGESTED claims. */
    @WithDefault("0.5")
    double threshold();

    /**
     * Sentences of one body scored by the model, in document order; later ones are not suggested (editors can still
     * select them). Bounds the CPU of a body made of tens of thousands of tiny sentences; a 200 KB article of
     * ordinary prose has fewer.
     */
    @WithDefault("2000")
    int maxScoredSentences();

    /** Suggestions kept per body, best first; the editor's list stays readable and the article's claims bounded. */
    @WithDefault("100")
    int maxSuggestions();
}
