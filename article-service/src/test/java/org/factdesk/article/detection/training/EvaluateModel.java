package org.factdesk.article.detection.training;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.factdesk.article.detection.SharedData;

/**
 * Prints F1 of the Yes class, precision, recall and threshold of the trained model, its n-gram part alone,
 * the feature scorer and all-Yes on CheckThat! TSV files. Argument: one file; without it, CT24 English
 * dev-test (never used in training or tuning) and the team's news set.
 */
public final class EvaluateModel {

    public static final String NEWS_SET = "/detection/news/news-checkworthy.tsv";

    public static void main(String[] args) throws Exception {
        List<Path> files = args.length > 0 ? List.of(Path.of(args[0]))
                : List.of(SharedData.checkworthy(CheckworthyDataset.DEV_TEST), newsSet());
        for (Path file : files) {
            System.out.printf("Check-worthiness on %s (%s)%n", file.toAbsolutePath().normalize(), LocalDate.now());
            System.out.printf("%-18s %8s %9s %7s %9s %5s %5s %5s %5s%n",
                    "scorer", "F1(Yes)", "precision", "recall", "threshold", "TP", "FP", "FN", "TN");
            for (Evaluation.Result r : Evaluation.run(file)) {
                BinaryMetrics m = r.metrics();
                System.out.printf("%-18s %8.4f %9.4f %7.4f %9.2f %5d %5d %5d %5d%n", r.name(), m.f1(), m.precision(),
                        m.recall(), r.threshold(), m.truePositives(), m.falsePositives(), m.falseNegatives(),
                        m.trueNegatives());
            }
            System.out.println();
        }
    }

    /** The team's news-domain test set on the test classpath (see its README). */
    public static Path newsSet() {
        try {
            return Path.of(EvaluateModel.class.getResource(NEWS_SET).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
