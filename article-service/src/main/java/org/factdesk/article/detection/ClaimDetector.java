package org.factdesk.article.detection;

import java.util.List;

/** Finds the sentences of an article body and rates how worth fact-checking each one is. */
public interface ClaimDetector {

    /** Every sentence of {@code body} in document order, each with its check-worthiness score. */
    List<DetectedSentence> detect(String body);
}
