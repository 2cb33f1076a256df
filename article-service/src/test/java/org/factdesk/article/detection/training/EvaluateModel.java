package org.factdesk.article.detection.training;

import java.nio.file.Path;
import java.time.LocalDate;

import org.factdesk.article.detection.SharedData;

/**
 * Prints F1 of the Yes class, precision, recall and threshold of the trained model, the feature scorer and
 * all-Yes on a CheckThat! TSV file. Argument: the file (default: CT24 English dev-test, never used in training).
 */
public final class EvaluateModel {

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : SharedData.checkworthy(CheckworthyDataset.DEV_TEST);
        System.out.printf("Check-worthiness on %s (%s)%n", file.toAbsolutePath().normalize(), LocalDate.now());
        System.out.printf("%-18s %8s %9s %7s %9s %5s %5s %5s %5s%n",
                "scorer", "F1(Yes)", "precision", "recall", "threshold", "TP", "FP", "FN", "TN");
        for (Evaluation.Result r : Evaluation.run(file)) {
            BinaryMetrics m = r.metrics();
            System.out.printf("%-18s %8.4f %9.4f %7.4f %9.2f %5d %5d %5d %5d%n", r.name(), m.f1(), m.precision(),
                    m.recall(), r.threshold(), m.truePositives(), m.falsePositives(), m.falseNegatives(),
                    m.trueNegatives());
        }
    }
}
