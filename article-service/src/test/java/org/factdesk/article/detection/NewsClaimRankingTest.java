package org.factdesk.article.detection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.factdesk.article.detection.trained.TrainedScorer;
import org.junit.jupiter.api.Test;

/**
 * Editors' judgements on sentences of the sample news articles: the shipped detector must rank every
 * factual claim (numbers, dates, attributed statements) above every piece of opinion, rhetoric or filler.
 */
class NewsClaimRankingTest {

    /** Article number and a fragment identifying a sentence worth checking. */
    private static final Map<String, Integer> CLAIMS = Map.of(
            "pause assaults on energy infrastructure for 30 days", 5,
            "which has been in progress for over 41 months", 4,
            "over 50,000 Russian troops", 3,
            "unleashing nearly 300 drones", 3,
            "extended for over two hours", 5,
            "After Russia’s invasion in February 2022", 3,
            "settle the war between Russia and Ukraine within 24 hours", 1);

    private static final Map<String, Integer> NON_CLAIMS = Map.of(
            "But peace cannot be imposed.", 3,
            "What’s at play here, and why does this moment feel so pivotal?", 2,
            "In my view, the stakes feel personal", 2,
            "Let’s be real: peace talks are never smooth sailing.", 2,
            "That’s a start.", 2,
            "It’s a high-wire act, and the world is watching.", 2,
            "Maybe I’m a bit of an optimist", 2);

    private final ClaimDetector detector = new SegmentingClaimDetector(new SentenceSegmenter(), new TrainedScorer());

    @Test
    void factualClaimsRankAboveOpinionAndFiller() {
        List<List<DetectedSentence>> articles = SharedData.articles().stream().map(detector::detect).toList();
        for (Map.Entry<String, Integer> claim : CLAIMS.entrySet()) {
            DetectedSentence factual = find(articles, claim);
            for (Map.Entry<String, Integer> nonClaim : NON_CLAIMS.entrySet()) {
                DetectedSentence filler = find(articles, nonClaim);
                assertTrue(factual.score() > filler.score(), () -> "'" + factual.text() + "' (" + factual.score()
                        + ") should outrank '" + filler.text() + "' (" + filler.score() + ")");
            }
        }
    }

    @Test
    void claimsComeWithTheirContributingFeatures() {
        List<List<DetectedSentence>> articles = SharedData.articles().stream().map(detector::detect).toList();
        for (Map.Entry<String, Integer> claim : CLAIMS.entrySet()) {
            DetectedSentence factual = find(articles, claim);
            assertFalse(factual.reasons().isEmpty(), factual::text);
            assertTrue(factual.reasons().size() <= 5, factual::text);
        }
    }

    private static DetectedSentence find(List<List<DetectedSentence>> articles, Map.Entry<String, Integer> judged) {
        return articles.get(judged.getValue() - 1).stream()
                .filter(s -> s.text().contains(judged.getKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sentence containing '" + judged.getKey() + "'"));
    }
}
