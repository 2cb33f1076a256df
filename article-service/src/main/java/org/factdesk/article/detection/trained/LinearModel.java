package org.factdesk.article.detection.trained;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Logistic regression over hashed sentence features. The decision threshold chosen on held-out data is
 * folded into the bias, so a probability of 0.5 is the point where a sentence counts as check-worthy.
 */
public final class LinearModel {

    private static final int MAGIC = 0x46444357; // "FDCW"
    private static final int VERSION = 1;

    private final FeatureConfig config;
    private final float[] weights;
    private final double bias;

    public LinearModel(FeatureConfig config, float[] weights, double bias) {
        if (weights.length != config.dimension()) {
            throw new IllegalArgumentException("expected " + config.dimension() + " weights, got " + weights.length);
        }
        this.config = config;
        this.weights = weights;
        this.bias = bias;
    }

    public FeatureConfig config() {
        return config;
    }

    public double bias() {
        return bias;
    }

    public float weight(int index) {
        return weights[index];
    }

    /** Log-odds of check-worthiness, 0 at the decision threshold. */
    public double logit(FeatureVector vector) {
        double sum = bias;
        for (int i = 0; i < vector.size(); i++) {
            sum += weights[vector.index(i)] * vector.value(i);
        }
        return sum;
    }

    public static double probability(double logit) {
        return 1.0 / (1.0 + Math.exp(-logit));
    }

    /** The same model with its decision point moved, so that {@code logit == threshold} becomes 0. */
    public LinearModel withDecisionAt(double thresholdLogit) {
        return new LinearModel(config, weights, bias - thresholdLogit);
    }

    public int nonZeroWeights() {
        int count = 0;
        for (float w : weights) {
            if (w != 0f) {
                count++;
            }
        }
        return count;
    }

    /** Gzipped: header, feature configuration, bias, then the non-zero weights as (index gap, value) pairs. */
    public void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(config.hashBits());
        out.writeFloat(config.wordScale());
        out.writeFloat(config.phraseScale());
        out.writeFloat(config.charScale());
        out.writeFloat(config.signalScale());
        out.writeInt(config.minChars());
        out.writeInt(config.maxChars());
        out.writeDouble(bias);
        out.writeInt(nonZeroWeights());
        int previous = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0f) {
                writeVarInt(out, i - previous);
                out.writeFloat(weights[i]);
                previous = i;
            }
        }
        out.flush();
        gzip.finish();
    }

    public static LinearModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Factdesk check-worthiness model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported model version " + version);
        }
        FeatureConfig config = new FeatureConfig(in.readInt(), in.readFloat(), in.readFloat(), in.readFloat(),
                in.readFloat(), in.readInt(), in.readInt());
        double bias = in.readDouble();
        int count = in.readInt();
        float[] weights = new float[config.dimension()];
        int index = -1;
        for (int i = 0; i < count; i++) {
            index += readVarInt(in);
            weights[index] = in.readFloat();
        }
        return new LinearModel(config, weights, bias);
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed variable-length integer");
    }
}
