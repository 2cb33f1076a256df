package org.factdesk.article.detection;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Splits the body into sentences and scores each with the application's {@link CheckWorthinessScorer}. */
@ApplicationScoped
public class SegmentingClaimDetector implements ClaimDetector {

    private final SentenceSegmenter segmenter;
    private final CheckWorthinessScorer scorer;

    public SegmentingClaimDetector(SentenceSegmenter segmenter, CheckWorthinessScorer scorer) {
        this.segmenter = segmenter;
        this.scorer = scorer;
    }

    @Override
    public List<TextSpan> sentences(String body) {
        return segmenter.split(body);
    }

    @Override
    public DetectedSentence score(String body, TextSpan span) {
        String text = span.of(body);
        SentenceScore score = scorer.score(text);
        return new DetectedSentence(span.start(), span.end(), text, score.value(), score.reasons());
    }
}
