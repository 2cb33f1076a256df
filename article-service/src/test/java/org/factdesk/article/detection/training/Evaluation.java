package org.factdesk.article.detection.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.factdesk.article.detection.FeatureScorer;
import org.factdesk.article.detection.trained.TrainedScorer;

/**
 * Scores a labelled file with the committed trained model, its n-gram part alone, the feature scorer it
 * replaced and the all-Yes baseline. All decide at 0.5: the trained model's threshold, chosen on held-out
 * train debates, maps to a displayed score of 0.5.
 */
public final class Evaluation {

    public static final double THRESHOLD = 0.5;

    private Evaluation() {
    }

    public record Result(String name, BinaryMetrics metrics, double threshold) {
    }

    public static List<Result> run(Path file) throws IOException {
        List<LabelledSentence> rows = CheckworthyDataset.read(file);
        boolean[] truth = TuneModel.labels(rows);
        TrainedScorer trained = new TrainedScorer();
        FeatureScorer features = new FeatureScorer();
        return List.of(
                result("trained model", rows, truth, trained::value),
                result("n-gram model alone", rows, truth, trained::ngramValue),
                result("feature scorer", rows, truth, text -> features.score(text).value()),
                result("all-Yes baseline", rows, truth, text -> 1.0));
    }

    private static Result result(String name, List<LabelledSentence> rows, boolean[] truth,
            ToDoubleFunction<String> scorer) {
        double[] scores = rows.stream().map(LabelledSentence::text).mapToDouble(scorer).toArray();
        return new Result(name, BinaryMetrics.of(scores, truth, THRESHOLD), THRESHOLD);
    }
}
