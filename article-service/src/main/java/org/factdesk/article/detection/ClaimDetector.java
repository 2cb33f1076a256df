package org.factdesk.article.detection;

import java.util.ArrayList;
import java.util.List;

/** Finds the sentences of an article body and rates how worth fact-checking each one is. */
public interface ClaimDetector {

    /** The sentences of {@code body} in document order; cheap next to scoring them. */
    List<TextSpan> sentences(String body);

    /** Scores one sentence of {@code body}, as returned by {@link #sentences}. */
    DetectedSentence score(String body, TextSpan sentence);

    /** Every sentence of {@code body} in document order, each with its check-worthiness score. */
    default List<DetectedSentence> detect(String body) {
        List<TextSpan> spans = sentences(body);
        List<DetectedSentence> sentences = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            sentences.add(score(body, span));
        }
        return sentences;
    }
}
