package org.factdesk.article.detection.trained;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.factdesk.article.detection.ClaimSignal;
import org.factdesk.article.detection.SignalMatch;
import org.factdesk.article.detection.embedding.SentenceEmbedder;

/**
 * The embedding part of the check-worthiness model and how it is combined with the n-gram {@link LinearModel}:
 * <ul>
 * <li>a logistic regression ("head") over the sentence embedding and the {@link ClaimSignal}s that fired;</li>
 * <li>a calibration fitted on held-out newer debates: {@code P(Yes) = σ(a·ngram + b·head + c)} for embedded
 * sentences, {@code σ(d·ngram + e)} for sentences the prefilter kept from the embedder;</li>
 * <li>the prefilter (the band of n-gram log-odds in which a sentence is embedded: below it the n-gram model
 * rules a claim out, above it it is sure) and the decision threshold on the calibrated probability;</li>
 * <li>a small index of labelled training sentences (8-bit embeddings) whose nearest ones explain a score.</li>
 * </ul>
 */
public final class EmbeddingModel {

    private static final int MAGIC = 0x46444345; // "FDCE"
    private static final int VERSION = 1;
    public static final int HEAD_DIMENSION = SentenceEmbedder.DIMENSION + ClaimSignal.values().length;

    private final float[] head;
    private final double headBias;
    private final Calibration calibration;
    private final Examples examples;
    /** The examples' vectors back as floats: the search runs per embedded sentence, bytes only on disk. */
    private final float[] exampleVectors;

    /**
     * @param ngram weight of the n-gram log-odds in the calibrated log-odds of an embedded sentence
     * @param embedding weight of the head's log-odds
     * @param bias intercept
     * @param ngramOnly weight of the n-gram log-odds for a sentence that was not embedded
     * @param ngramOnlyBias intercept for a sentence that was not embedded
     * @param prefilter n-gram log-odds below which a sentence is not embedded (clearly not a claim)
     * @param confident n-gram log-odds above which a sentence is not embedded (clearly a claim)
     * @param threshold calibrated probability at which a sentence counts as check-worthy
     */
    public record Calibration(double ngram, double embedding, double bias, double ngramOnly, double ngramOnlyBias,
            double prefilter, double confident, double threshold) {
    }

    /** Labelled sentences with their embeddings quantised to bytes (value × 127). */
    public record Examples(List<String> texts, boolean[] checkWorthy, byte[] vectors) {
    }

    /** A labelled training sentence close to the scored one. */
    public record Neighbour(String text, boolean checkWorthy, double similarity) {
    }

    public EmbeddingModel(float[] head, double headBias, Calibration calibration, Examples examples) {
        if (head.length != HEAD_DIMENSION) {
            throw new IllegalArgumentException("expected " + HEAD_DIMENSION + " head weights, got " + head.length);
        }
        if (examples.vectors().length != examples.texts().size() * SentenceEmbedder.DIMENSION) {
            throw new IllegalArgumentException("example vectors do not match the example texts");
        }
        this.head = head;
        this.headBias = headBias;
        this.calibration = calibration;
        this.examples = examples;
        this.exampleVectors = new float[examples.vectors().length];
        for (int i = 0; i < exampleVectors.length; i++) {
            exampleVectors[i] = examples.vectors()[i] / 127f;
        }
    }

    public Calibration calibration() {
        return calibration;
    }

    public EmbeddingModel withCalibration(Calibration replacement) {
        return new EmbeddingModel(head, headBias, replacement, examples);
    }

    /** The head's features: the embedding followed by one indicator per signal. */
    public static float[] headFeatures(float[] embedding, List<SignalMatch> signals) {
        float[] x = new float[HEAD_DIMENSION];
        System.arraycopy(embedding, 0, x, 0, SentenceEmbedder.DIMENSION);
        for (SignalMatch match : signals) {
            x[SentenceEmbedder.DIMENSION + match.signal().ordinal()] = 1f;
        }
        return x;
    }

    public double headLogit(float[] features) {
        double sum = headBias;
        for (int i = 0; i < head.length; i++) {
            sum += head[i] * features[i];
        }
        return sum;
    }

    public boolean embeds(double ngramLogit) {
        return ngramLogit >= calibration.prefilter() && ngramLogit <= calibration.confident();
    }

    public double probability(double ngramLogit, double headLogit) {
        return LinearModel.probability(calibration.ngram() * ngramLogit + calibration.embedding() * headLogit
                + calibration.bias());
    }

    public double probabilityWithoutEmbedding(double ngramLogit) {
        return LinearModel.probability(calibration.ngramOnly() * ngramLogit + calibration.ngramOnlyBias());
    }

    /**
     * The score shown to editors: the calibrated probability stretched piecewise linearly so that the
     * decision threshold lands on 0.5 (the service's default suggestion threshold), order preserved.
     */
    public double displayed(double probability) {
        double t = calibration.threshold();
        double value = probability < t ? 0.5 * probability / t : 0.5 + 0.5 * (probability - t) / (1 - t);
        return Math.max(0, Math.min(1, value));
    }

    /** The {@code k} labelled examples most similar to a unit-length embedding, most similar first. */
    public List<Neighbour> neighbours(float[] embedding, int k) {
        int dimension = SentenceEmbedder.DIMENSION;
        int n = examples.texts().size();
        int[] best = new int[k];
        double[] bestScore = new double[k];
        Arrays.fill(bestScore, Double.NEGATIVE_INFINITY);
        float[] vectors = exampleVectors;
        for (int e = 0; e < n; e++) {
            int offset = e * dimension;
            // four partial sums: independent additions the CPU can overlap
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            float s3 = 0;
            for (int i = 0; i < dimension; i += 4) {
                s0 += embedding[i] * vectors[offset + i];
                s1 += embedding[i + 1] * vectors[offset + i + 1];
                s2 += embedding[i + 2] * vectors[offset + i + 2];
                s3 += embedding[i + 3] * vectors[offset + i + 3];
            }
            double similarity = (s0 + s1) + (s2 + s3);
            for (int slot = 0; slot < k; slot++) {
                if (similarity > bestScore[slot]) {
                    System.arraycopy(bestScore, slot, bestScore, slot + 1, k - slot - 1);
                    System.arraycopy(best, slot, best, slot + 1, k - slot - 1);
                    bestScore[slot] = similarity;
                    best[slot] = e;
                    break;
                }
            }
        }
        List<Neighbour> out = new ArrayList<>(k);
        for (int slot = 0; slot < k && slot < n; slot++) {
            out.add(new Neighbour(examples.texts().get(best[slot]), examples.checkWorthy()[best[slot]], bestScore[slot]));
        }
        return out;
    }

    public static byte[] quantise(float[] embedding) {
        byte[] out = new byte[embedding.length];
        for (int i = 0; i < embedding.length; i++) {
            out[i] = (byte) Math.max(-127, Math.min(127, Math.round(embedding[i] * 127)));
        }
        return out;
    }

    public void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(head.length);
        for (float w : head) {
            out.writeFloat(w);
        }
        out.writeDouble(headBias);
        Calibration c = calibration;
        for (double v : new double[] { c.ngram(), c.embedding(), c.bias(), c.ngramOnly(), c.ngramOnlyBias(),
                c.prefilter(), c.confident(), c.threshold() }) {
            out.writeDouble(v);
        }
        out.writeInt(examples.texts().size());
        for (int i = 0; i < examples.texts().size(); i++) {
            out.writeUTF(examples.texts().get(i));
            out.writeBoolean(examples.checkWorthy()[i]);
        }
        out.write(examples.vectors());
        out.flush();
        gzip.finish();
    }

    public static EmbeddingModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Factdesk embedding model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported embedding model version " + version);
        }
        int dimension = in.readInt();
        if (dimension != HEAD_DIMENSION) {
            throw new IOException("embedding model has " + dimension + " head weights, expected " + HEAD_DIMENSION);
        }
        float[] head = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            head[i] = in.readFloat();
        }
        double headBias = in.readDouble();
        Calibration calibration = new Calibration(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        boolean[] labels = new boolean[count];
        for (int i = 0; i < count; i++) {
            texts.add(in.readUTF());
            labels[i] = in.readBoolean();
        }
        byte[] vectors = new byte[count * SentenceEmbedder.DIMENSION];
        in.readFully(vectors);
        return new EmbeddingModel(head, headBias, calibration, new Examples(List.copyOf(texts), labels, vectors));
    }
}
