package org.factdesk.article.detection.training;

import java.util.List;
import java.util.Random;

import org.factdesk.article.detection.trained.FeatureVector;
import org.factdesk.article.detection.trained.LinearModel;

/**
 * Deterministic logistic regression by AdaGrad stochastic gradient descent over hashed sparse features.
 * The only randomness is the per-epoch shuffle, drawn from the seeded generator, and the arithmetic is
 * single-threaded, so a run is exactly repeatable.
 */
public final class LogisticRegressionTrainer {

    private static final double EPSILON = 1e-8;

    private final TrainingSettings settings;

    public LogisticRegressionTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    public LinearModel train(List<FeatureVector> examples, boolean[] labels) {
        int dimension = settings.features().dimension();
        double[] weights = new double[dimension];
        double[] squaredGradients = new double[dimension];
        double bias = 0;
        double biasSquaredGradient = 0;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int n : order) {
                FeatureVector x = examples.get(n);
                double logit = bias;
                for (int i = 0; i < x.size(); i++) {
                    logit += weights[x.index(i)] * x.value(i);
                }
                double target = labels[n] ? 1 : 0;
                double exampleWeight = labels[n] ? settings.positiveWeight() : 1;
                double error = (LinearModel.probability(logit) - target) * exampleWeight;
                for (int i = 0; i < x.size(); i++) {
                    int j = x.index(i);
                    double gradient = error * x.value(i) + settings.l2() * weights[j];
                    squaredGradients[j] += gradient * gradient;
                    weights[j] -= settings.learningRate() * gradient / (Math.sqrt(squaredGradients[j]) + EPSILON);
                }
                biasSquaredGradient += error * error;
                bias -= settings.learningRate() * error / (Math.sqrt(biasSquaredGradient) + EPSILON);
            }
        }
        float[] kept = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            kept[j] = Math.abs(weights[j]) < settings.prune() ? 0f : (float) weights[j];
        }
        return new LinearModel(settings.features(), kept, bias);
    }

    /** Fisher-Yates with the given generator. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
