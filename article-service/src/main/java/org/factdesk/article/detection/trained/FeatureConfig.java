package org.factdesk.article.detection.trained;

/**
 * How sentences become hashed features; stored in the model file so scoring uses exactly the training setup.
 *
 * @param hashBits the weight vector has {@code 2^hashBits} slots
 * @param wordScale length of the unit-normalised word vector
 * @param phraseScale length of the unit-normalised word-pair vector
 * @param charScale length of the unit-normalised character n-gram vector
 * @param signalScale value of each explainable signal
 * @param minChars shortest character n-gram
 * @param maxChars longest character n-gram
 */
public record FeatureConfig(int hashBits, float wordScale, float phraseScale, float charScale, float signalScale,
        int minChars, int maxChars) {

    public FeatureConfig {
        if (hashBits < 10 || hashBits > 26) {
            throw new IllegalArgumentException("hashBits out of range: " + hashBits);
        }
        if (minChars < 1 || maxChars < minChars) {
            throw new IllegalArgumentException("bad character n-gram range " + minChars + ".." + maxChars);
        }
    }

    public int dimension() {
        return 1 << hashBits;
    }
}
