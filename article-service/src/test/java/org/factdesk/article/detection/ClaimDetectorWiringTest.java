package org.factdesk.article.detection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.factdesk.article.detection.trained.TrainedScorer;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;

/** The running service detects claims with the trained model, not the default feature scorer. */
@QuarkusTest
class ClaimDetectorWiringTest {

    @Inject
    CheckWorthinessScorer scorer;

    @Inject
    ClaimDetector detector;

    @Test
    void theServiceScoresWithTheTrainedModel() {
        assertInstanceOf(TrainedScorer.class, ClientProxy.unwrap(scorer));
        String body = SharedData.article(5);
        List<DetectedSentence> sentences = detector.detect(body);
        DetectedSentence top = sentences.stream().max(Comparator.comparingDouble(DetectedSentence::score)).orElseThrow();
        assertTrue(top.score() > 0.5, top::toString);
        assertFalse(top.reasons().isEmpty(), top::toString);
    }
}
