package org.factdesk.article.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factdesk.article.detection.trained.TrainedScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed models load from the classpath, score deterministically and explain in editors' terms. */
class TrainedScorerTest {

    private static final String CLAIM = "The unemployment rate fell to 7.8 percent in September, the lowest level since January 2009.";
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
    void reasonsNameTheSignalsThatFired() {
        List<String> reasons = scorer.score(CLAIM).reasons();
        assertTrue(reasons.size() <= 5, reasons::toString);
        assertTrue(reasons.contains("percentage: 7.8 percent"), reasons::toString);
        assertTrue(reasons.stream().noneMatch(r -> r.startsWith("word ") || r.startsWith("phrase ")),
                reasons::toString);
    }

    @Test
    void sentencesTheNgramModelIsUnsureOfAreExplainedBySimilarLabelledSentences() {
        // Neither obvious claims nor obvious filler: the band in which sentences are embedded.
        List<String> borderline = List.of(
                "The senator voted against the infrastructure bill in 2021.",
                "The company has moved its headquarters from London to Dublin.",
                "We have the strongest military in the world.",
                "The governor says the new plan will create jobs across the state.");
        List<String> examples = borderline.stream()
                .flatMap(sentence -> scorer.score(sentence).reasons().stream())
                .filter(reason -> reason.startsWith("like a labelled "))
                .toList();
        assertFalse(examples.isEmpty(), () -> borderline.stream().map(scorer::score).toList().toString());
        String shape = "like a labelled (claim|non-claim): “.+” \\(similarity 0\\.\\d\\d\\)";
        assertTrue(examples.stream().allMatch(r -> r.matches(shape)), examples::toString);
    }

    @Test
    void anEmptySentenceScoresLowWithoutReasons() {
        assertEquals(new SentenceScore(0, List.of()), scorer.score(""));
        assertEquals(new SentenceScore(0, List.of()), scorer.score(" — "));
    }
}
