package org.factdesk.article.detection;

import java.util.ArrayList;
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
    public List<DetectedSentence> detect(String body) {
        List<TextSpan> spans = segmenter.split(body);
        List<DetectedSentence> sentences = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            String text = span.of(body);
            SentenceScore score = scorer.score(text);
            sentences.add(new DetectedSentence(span.start(), span.end(), text, score.value(), score.reasons()));
        }
        return sentences;
    }
}
