package org.factdesk.article.detection.training;

import org.factdesk.article.detection.trained.FeatureConfig;

/**
 * Everything that determines a trained model; with the same data, the same settings give the same bytes.
 *
 * @param epochs passes over the shuffled training data
 * @param learningRate AdaGrad base step
 * @param l2 L2 penalty applied to the weights a sentence touches
 * @param positiveWeight loss weight of a Yes sentence relative to a No sentence
 * @param prune weights smaller than this in magnitude are dropped from the model file
 * @param seed shuffling seed
 */
public record TrainingSettings(FeatureConfig features, int epochs, double learningRate, double l2,
        double positiveWeight, double prune, long seed) {
}
