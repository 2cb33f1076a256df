package org.factdesk.article.detection.trained;

import java.util.Arrays;

/**
 * Sparse hashed features of one sentence. Besides the weight index and value, each entry remembers its
 * kind and anchor (the word index for word-level kinds, the signal ordinal for signals) so that the model's
 * contributions can be explained in the sentence's own words.
 */
public final class FeatureVector {

    /** A long sentence has about a thousand features; growing from small would copy on every sentence. */
    private static final int INITIAL_CAPACITY = 1024;

    private int[] index = new int[INITIAL_CAPACITY];
    private float[] value = new float[INITIAL_CAPACITY];
    private FeatureKind[] kind = new FeatureKind[INITIAL_CAPACITY];
    private int[] anchor = new int[INITIAL_CAPACITY];
    private int size;

    void add(int featureIndex, float featureValue, FeatureKind featureKind, int featureAnchor) {
        if (size == index.length) {
            int capacity = size * 2;
            index = Arrays.copyOf(index, capacity);
            value = Arrays.copyOf(value, capacity);
            kind = Arrays.copyOf(kind, capacity);
            anchor = Arrays.copyOf(anchor, capacity);
        }
        index[size] = featureIndex;
        value[size] = featureValue;
        kind[size] = featureKind;
        anchor[size] = featureAnchor;
        size++;
    }

    /** Multiplies the values of one kind, added since {@code from}, so that the kind's vector has unit length. */
    void normalise(int from, FeatureKind featureKind) {
        double squares = 0;
        for (int i = from; i < size; i++) {
            if (kind[i] == featureKind) {
                squares += value[i] * value[i];
            }
        }
        if (squares > 0) {
            float scale = (float) (1.0 / Math.sqrt(squares));
            for (int i = from; i < size; i++) {
                if (kind[i] == featureKind) {
                    value[i] *= scale;
                }
            }
        }
    }

    void scaleValue(int i, float factor) {
        value[i] *= factor;
    }

    public int size() {
        return size;
    }

    public int index(int i) {
        return index[i];
    }

    public float value(int i) {
        return value[i];
    }

    public FeatureKind kind(int i) {
        return kind[i];
    }

    public int anchor(int i) {
        return anchor[i];
    }
}
