package org.factdesk.article.detection;

/** Rates one sentence for check-worthiness. Implementations are thread-safe. */
public interface CheckWorthinessScorer {

    SentenceScore score(String sentence);
}
