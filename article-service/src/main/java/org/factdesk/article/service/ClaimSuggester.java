package org.factdesk.article.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.config.DetectionConfig;
import org.factdesk.article.detection.ClaimDetector;
import org.factdesk.article.detection.DetectedSentence;
import org.factdesk.article.detection.TextSpan;

/**
 * Check-worthy sentences of a body: detected, outside boilerplate, above the configured threshold, best first. The
 * work is bounded whatever the body: at most {@code factdesk.detection.max-scored-sentences} sentences are scored
 * and {@code factdesk.detection.max-suggestions} kept.
 */
@ApplicationScoped
public class ClaimSuggester {

    /** Longer runs of text are not one checkable claim (and exceed the event contract's claimText). */
    public static final int MAX_CLAIM_LENGTH = 2000;

    /** A claim is a sentence or a few; a selection of more is scored by its first ones. */
    static final int MAX_SELECTION_SENTENCES = 20;

    private final ClaimDetector detector;
    private final BoilerplateLocator boilerplate;
    private final DetectionConfig detection;

    public ClaimSuggester(ClaimDetector detector, BoilerplateLocator boilerplate, DetectionConfig detection) {
        this.detector = detector;
        this.boilerplate = boilerplate;
        this.detection = detection;
    }

    public List<DetectedSentence> suggest(String body) {
        // Both lists are in document order and the furniture spans are disjoint: one sweep finds the overlaps.
        List<org.factdesk.article.domain.TextSpan> furniture = boilerplate.locate(body);
        int nextFurniture = 0;
        int scored = 0;
        List<DetectedSentence> suggestions = new ArrayList<>();
        for (TextSpan sentence : detector.sentences(body)) {
            if (scored == detection.maxScoredSentences()) {
                break;
            }
            if (sentence.end() - sentence.start() > MAX_CLAIM_LENGTH) {
                continue;
            }
            while (nextFurniture < furniture.size() && furniture.get(nextFurniture).end() <= sentence.start()) {
                nextFurniture++;
            }
            if (nextFurniture < furniture.size() && furniture.get(nextFurniture).start() < sentence.end()) {
                continue;
            }
            DetectedSentence detected = detector.score(body, sentence);
            scored++;
            if (detected.score() > detection.threshold()) {
                suggestions.add(detected);
            }
        }
        suggestions.sort(Comparator.comparingDouble(DetectedSentence::score).reversed());
        return List.copyOf(suggestions.subList(0, Math.min(suggestions.size(), detection.maxSuggestions())));
    }

    /**
     * Scores a span an editor picked: the best-scoring of its first {@link #MAX_SELECTION_SENTENCES} sentences speaks
     * for the whole selection. Runs on the event loop, so its work is bounded by that count, not by the span's shape.
     */
    public Score score(String selection) {
        return detector.sentences(selection).stream()
                .limit(MAX_SELECTION_SENTENCES)
                .map(sentence -> detector.score(selection, sentence))
                .max(Comparator.comparingDouble(DetectedSentence::score))
                .map(best -> new Score(best.score(), best.reasons()))
                .orElse(new Score(0, List.of()));
    }

    public record Score(double value, List<String> reasons) {
    }
}
