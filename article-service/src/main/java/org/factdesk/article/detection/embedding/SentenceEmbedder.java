package org.factdesk.article.detection.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized ONNX, shipped inside the langchain4j artifact), run
 * in-process on the CPU. The session is built here rather than through langchain4j's ready-made model class
 * so that ONNX Runtime runs each sentence on the calling thread only: detection already runs on worker
 * threads, and a per-call thread pool would take every core of the machine for one article.
 * Thread-safe: ONNX Runtime sessions may be run concurrently.
 */
public final class SentenceEmbedder {

    public static final int DIMENSION = 384;
    /**
     * Longer input is cut at a word boundary before this many characters: the cost grows with the token
     * count, and the start of a sentence carries its claim. 300 characters are about 60 tokens.
     */
    public static final int MAX_CHARS = 300;

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final Encoder encoder;

    public SentenceEmbedder() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new Encoder(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence embedding model", e);
        }
    }

    /** The unit-length embedding of {@code text}, truncated to {@link #MAX_CHARS}. */
    public float[] embed(String text) {
        return encoder.embed(truncate(text.strip())).content().vector();
    }

    static String truncate(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS);
        return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }

    /** Cosine similarity of two unit-length vectors. */
    public static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("sentence embedding model " + name + " is not on the classpath");
        }
        return in;
    }

    /** langchain4j's in-process model over our own session; single embeds run on the caller's thread. */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder model;

        Encoder(OnnxBertBiEncoder model) {
            super(Runnable::run);
            this.model = model;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return model;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
