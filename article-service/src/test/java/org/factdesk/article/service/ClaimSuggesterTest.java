package org.factdesk.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.article.detection.CheckWorthinessScorer;
import org.factdesk.article.detection.DetectedSentence;
import org.factdesk.article.detection.SegmentingClaimDetector;
import org.factdesk.article.detection.SentenceSegmenter;
import org.factdesk.article.detection.trained.TrainedScorer;
import org.factdesk.article.support.DetectionSettings;
import org.junit.jupiter.api.Test;

class ClaimSuggesterTest {

    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();
    private static final TrainedScorer MODEL = new TrainedScorer();
    private static final String CLAIM = "Russia agreed to pause attacks on energy infrastructure for 30 days, the Kremlin said on Tuesday.";
    private static final String OPINION = "Peace cannot be imposed.";

    /** The trained model, noting what it was asked to score. */
    private final List<String> scored = new ArrayList<>();
    private final CheckWorthinessScorer recording = sentence -> {
        scored.add(sentence);
        return MODEL.score(sentence);
    };

    private ClaimSuggester suggester(int maxScoredSentences, int maxSuggestions) {
        return new ClaimSuggester(new SegmentingClaimDetector(SEGMENTER, recording), new BoilerplateLocator(),
                new DetectionSettings(0.5, maxScoredSentences, maxSuggestions));
    }

    @Test
    void atMostTheConfiguredNumberOfSuggestionsAreKeptBestFirst() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            body.append("The ministry reported ").append(i * 7).append(" new cases in ").append(1950 + i).append(". ");
        }
        List<DetectedSentence> suggestions = suggester(2000, 10).suggest(body.toString());
        assertEquals(10, suggestions.size());
        for (int i = 1; i < suggestions.size(); i++) {
            assertTrue(suggestions.get(i - 1).score() >= suggestions.get(i).score(), "best first");
        }
        assertEquals(60, scored.size(), "every sentence was scored, the cap applies to what is kept");
    }

    @Test
    void onlyTheFirstSentencesUpToTheCapAreScored() {
        String body = (OPINION + " ").repeat(5) + CLAIM;
        assertEquals(List.of(), suggester(5, 100).suggest(body));
        assertEquals(5, scored.size());
        scored.clear();
        assertEquals(List.of(CLAIM), suggester(6, 100).suggest(body).stream().map(DetectedSentence::text).toList());
    }

    @Test
    void boilerplateAndSentencesLongerThanAClaimAreNeverScored() {
        String overlong = "The council " + "and the mayor ".repeat(200) + "met on Monday.";
        String body = "Share This Article\n" + CLAIM + "\n" + overlong + "\nShare\n" + CLAIM
                + "\nLeave A Reply\nAbout Us\nWe report.";
        List<DetectedSentence> suggestions = suggester(2000, 100).suggest(body);
        assertEquals(List.of(CLAIM, CLAIM), scored);
        assertEquals(2, suggestions.size());
        assertFalse(suggestions.stream().anyMatch(sentence -> sentence.text().contains("Share")));
    }
}
