package org.factdesk.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.factdesk.article.config.DetectionConfig;
import org.factdesk.article.detection.ClaimDetector;
import org.factdesk.article.detection.DetectedSentence;
import org.factdesk.article.domain.TextSpan;

/** Check-worthy sentences of a body: detected, outside boilerplate, above the configured threshold, best first. */
@ApplicationScoped
public class ClaimSuggester {

    /** Longer runs of text are not one checkable claim (and exceed the event contract's claimText). */
    public static final int MAX_CLAIM_LENGTH = 2000;

    private final ClaimDetector detector;
    private final BoilerplateLocator boilerplate;
    private final DetectionConfig detection;

    public ClaimSuggester(ClaimDetector detector, BoilerplateLocator boilerplate, DetectionConfig detection) {
        this.detector = detector;
        this.boilerplate = boilerplate;
        this.detection = detection;
    }

    public List<DetectedSentence> suggest(String body) {
        List<TextSpan> furniture = boilerplate.locate(body);
        return detector.detect(body).stream()
                .filter(sentence -> sentence.score() > detection.threshold())
                .filter(sentence -> !sentence.text().isBlank() && sentence.text().length() <= MAX_CLAIM_LENGTH)
                .filter(sentence -> furniture.stream().noneMatch(new TextSpan(sentence.start(), sentence.end())::overlaps))
                .sorted(Comparator.comparingDouble(DetectedSentence::score).reversed())
                .toList();
    }

    /** Scores a span an editor picked: the best-scoring sentence inside it speaks for the whole selection. */
    public Score score(String selection) {
        return detector.detect(selection).stream()
                .max(Comparator.comparingDouble(DetectedSentence::score))
                .map(best -> new Score(best.score(), best.reasons()))
                .orElse(new Score(0, List.of()));
    }

    public record Score(double value, List<String> reasons) {
    }
}
