package org.factdesk.article.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureScorerTest {

    private final FeatureScorer scorer = new FeatureScorer();

    @Test
    void factualClaimsOutrankOpinionQuestionsAndFiller() {
        List<String> claims = List.of(
                "Unemployment fell to 4.1 percent in March, the Labor Department said on Friday.",
                "Russia agreed to pause attacks on energy infrastructure for 30 days.",
                "Officials said over 50,000 Russian troops were massed near the Sumy border.",
                "The city spent $12 million on the bridge, according to the auditor's report.");
        List<String> nonClaims = List.of(
                "What happens if this falls apart?",
                "I think peace is worth every effort.",
                "Let’s be real: peace talks are never smooth sailing.",
                "Maybe that’s wishful thinking.",
                "That’s a start.");
        for (String claim : claims) {
            for (String nonClaim : nonClaims) {
                assertTrue(scorer.score(claim).value() > scorer.score(nonClaim).value(),
                        () -> "'" + claim + "' should outrank '" + nonClaim + "'");
            }
            assertTrue(scorer.score(claim).value() > 0.5, claim);
        }
        nonClaims.forEach(nonClaim -> assertTrue(scorer.score(nonClaim).value() < 0.3, nonClaim));
    }

    @Test
    void reasonsNameTheEvidenceStrongestFirst() {
        SentenceScore score = scorer.score("Russia agreed to pause attacks for 30 days, officials said.");
        assertEquals("number: 30", score.reasons().get(0));
        assertTrue(score.reasons().contains("reporting verb: agreed to"), score.reasons()::toString);
        assertTrue(score.reasons().contains("time span: 30 days"), score.reasons()::toString);
    }

    @Test
    void loweringSignalsAreMarkedAsSuch() {
        SentenceScore question = scorer.score("Why hold back?");
        assertTrue(question.reasons().contains("question (lowers)"), question.reasons()::toString);
        SentenceScore opinion = scorer.score("In my view, the stakes feel personal.");
        assertTrue(opinion.reasons().contains("first person: my (lowers)"), opinion.reasons()::toString);
        assertTrue(opinion.reasons().stream().anyMatch(r -> r.startsWith("opinion word")), opinion.reasons()::toString);
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        for (String text : List.of("", "?", "1 2 3 4 5 6 7 8 9 said according to 50% $3 million in 2020 January 5")) {
            double value = scorer.score(text).value();
            assertTrue(value >= 0 && value <= 1, text);
        }
    }
}
