package org.factdesk.article.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factdesk.article.detection.trained.TrainedScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed models load from the classpath, score deterministically and explain in editors' terms. */
class TrainedScorerTest {

    private static final String CLAIM =
            "The unemployment rate fell to 7.8 percent in September, the lowest level since January 2009.";
    private static final String OPINION = "Honestly, I think we all deserve a little more kindness.";

    private static TrainedScorer scorer;

    @BeforeAll
    static void load() {
        scorer = new TrainedScorer();
    }

    @Test
    void theSameSentenceGetsTheSameScoreFromEveryInstance() {
        SentenceScore first = scorer.score(CLAIM);
        assertEquals(first, scorer.score(CLAIM));
        assertEquals(first, new TrainedScorer().score(CLAIM));
        assertEquals(first.value(), scorer.value(CLAIM));
    }

    @Test
    void aStatisticalClaimIsSuggestedAndOpinionIsNot() {
        assertTrue(scorer.score(CLAIM).value() > 0.5, () -> scorer.score(CLAIM).toString());
        assertTrue(scorer.score(OPINION).value() < 0.5, () -> scorer.score(OPINION).toString());
    }

    @Test
    void reasonsNameTheSignalsAndSimilarLabelledClaims() {
        List<String> reasons = scorer.score(CLAIM).reasons();
        assertTrue(reasons.size() <= 5, reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("percentage") || r.startsWith("number")),
                reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("like a labelled claim: “")), reasons::toString);
        assertTrue(reasons.stream().noneMatch(r -> r.startsWith("word ") || r.startsWith("phrase ")),
                reasons::toString);
    }

    @Test
    void anEmptySentenceScoresLowWithoutReasons() {
        SentenceScore empty = scorer.score("");
        assertTrue(empty.value() < 0.5, empty::toString);
    }
}
