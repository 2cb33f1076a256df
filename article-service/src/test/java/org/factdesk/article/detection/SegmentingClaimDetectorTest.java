package org.factdesk.article.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentingClaimDetectorTest {

    private final ClaimDetector detector = new SegmentingClaimDetector(new SentenceSegmenter(), new FeatureScorer());

    @Test
    void everyDetectedSentenceSlicesTheArticleAndCarriesAScore() {
        for (String body : SharedData.articles()) {
            List<DetectedSentence> sentences = detector.detect(body);
            assertTrue(sentences.size() > 10);
            for (DetectedSentence sentence : sentences) {
                assertEquals(sentence.text(), body.substring(sentence.start(), sentence.end()));
                assertTrue(sentence.score() >= 0 && sentence.score() <= 1);
            }
        }
    }

    @Test
    void theNumericClaimOfAnArticleScoresAboveItsRhetoricalQuestion() {
        String body = SharedData.article(5);
        List<DetectedSentence> sentences = detector.detect(body);
        DetectedSentence claim = find(sentences, "for 30 days");
        DetectedSentence filler = find(sentences, "scant reason for celebration");
        assertTrue(claim.score() > filler.score());
        assertTrue(claim.reasons().contains("number: 30"), claim.reasons()::toString);
    }

    private static DetectedSentence find(List<DetectedSentence> sentences, String fragment) {
        return sentences.stream().filter(s -> s.text().contains(fragment)).findFirst().orElseThrow();
    }
}
