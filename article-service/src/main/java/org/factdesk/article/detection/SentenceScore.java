package org.factdesk.article.detection;

import java.util.List;

/**
 * @param value check-worthiness from 0 to 1
 * @param reasons human-readable features that drove the value, strongest first
 */
public record SentenceScore(double value, List<String> reasons) {

    public SentenceScore {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("score must lie in [0, 1]: " + value);
        }
        reasons = List.copyOf(reasons);
    }
}
