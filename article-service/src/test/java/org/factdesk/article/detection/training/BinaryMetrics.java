package org.factdesk.article.detection.training;

/** Confusion counts of a Yes/No decision and the scores of the Yes class. */
public record BinaryMetrics(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    public static BinaryMetrics of(double[] scores, boolean[] truth, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && truth[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (truth[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryMetrics(tp, fp, fn, tn);
    }

    /** The threshold among the observed scores that maximises F1 of the Yes class (ties: the higher one). */
    public static double bestThreshold(double[] scores, boolean[] truth) {
        double best = 0.5;
        double bestF1 = -1;
        for (double candidate : scores) {
            double f1 = of(scores, truth, candidate).f1();
            if (f1 > bestF1 || (f1 == bestF1 && candidate > best)) {
                bestF1 = f1;
                best = candidate;
            }
        }
        return best;
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int actual = truePositives + falseNegatives;
        return actual == 0 ? 0 : (double) truePositives / actual;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
