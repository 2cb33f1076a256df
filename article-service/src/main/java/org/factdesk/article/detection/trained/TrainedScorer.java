package org.factdesk.article.detection.trained;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Singleton;

import org.factdesk.article.detection.CheckWorthinessScorer;
import org.factdesk.article.detection.SentenceScore;
import org.factdesk.article.detection.SignalMatch;
import org.factdesk.article.detection.embedding.SentenceEmbedder;

import io.quarkus.runtime.Startup;

/**
 * Check-worthiness from the models trained on the CLEF-2024 CheckThat! English data (see
 * {@code detection/README.md}): the n-gram logistic regression scores every sentence; sentences it does not
 * rule out are embedded (all-MiniLM-L6-v2) and scored again by the embedding head, and the two are combined
 * in a calibration fitted on newer held-out debates. Reasons are the signals that fired and the most similar
 * labelled training sentences. Replaces the default {@link org.factdesk.article.detection.FeatureScorer}; the
 * models are read once, at start-up, so a missing or corrupt model file stops the service from starting. The
 * embedding model (ONNX Runtime and a 23 MB network, seconds of CPU on a busy machine) loads on its own thread
 * so that start-up does not wait for it; scoring waits until it is there, and {@link DetectorReadiness} keeps
 * the service out of rotation until then.
 */
@Startup
@Singleton
public class TrainedScorer implements CheckWorthinessScorer {

    public static final String MODEL_RESOURCE = "/detection/checkworthiness-model.bin.gz";
    public static final String EMBEDDING_RESOURCE = "/detection/checkworthiness-embedding.bin.gz";
    static final int MAX_REASONS = 5;
    static final int MAX_SIGNALS = 3;
    static final int NEIGHBOURS = 2;
    /** Below this cosine similarity a training sentence no longer reads as "similar" to an editor. */
    static final double SIMILAR = 0.45;
    /** The displayed score at the model's decision threshold (see {@link EmbeddingModel#displayed}). */
    static final double DECISION = 0.5;
    private static final int EXAMPLE_CHARS = 120;
    private static final Comparator<SignalMatch> STRONGEST_FIRST = Comparator
            .comparing((SignalMatch m) -> m.signal().weight() < 0)
            .thenComparing(m -> -Math.abs(m.signal().weight()));

    private final LinearModel ngrams;
    private final EmbeddingModel embeddings;
    private final CompletableFuture<SentenceEmbedder> embedder;
    private final SentenceFeatures features;

    /** The committed models from the classpath. */
    public TrainedScorer() {
        this(loadCommittedModel(), loadCommittedEmbeddingModel(), loadInBackground());
    }

    public TrainedScorer(LinearModel ngrams, EmbeddingModel embeddings, CompletableFuture<SentenceEmbedder> embedder) {
        this.ngrams = ngrams;
        this.embeddings = embeddings;
        this.embedder = embedder;
        this.features = new SentenceFeatures(ngrams.config());
    }

    public static LinearModel loadCommittedModel() {
        try (InputStream in = open(MODEL_RESOURCE)) {
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read check-worthiness model " + MODEL_RESOURCE, e);
        }
    }

    /** The sentence embedder, loading on a thread of its own. */
    public static CompletableFuture<SentenceEmbedder> loadInBackground() {
        CompletableFuture<SentenceEmbedder> loaded = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loaded.complete(new SentenceEmbedder());
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        }, "sentence-embedder-load");
        loader.setDaemon(true);
        loader.start();
        return loaded;
    }

    /** The embedder's loading: pending, done, or failed with the cause. */
    public CompletableFuture<SentenceEmbedder> embedderLoading() {
        return embedder.copy();
    }

    public static EmbeddingModel loadCommittedEmbeddingModel() {
        try (InputStream in = open(EMBEDDING_RESOURCE)) {
            return EmbeddingModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read check-worthiness model " + EMBEDDING_RESOURCE, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = TrainedScorer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("check-worthiness model " + resource + " is not on the classpath");
        }
        return in;
    }

    @Override
    public SentenceScore score(String sentence) {
        return evaluate(sentence, true);
    }

    /** The score alone, without reasons: the fast path for evaluation. */
    public double value(String sentence) {
        return evaluate(sentence, false).value();
    }

    /** The score of the n-gram model alone (calibrated the same way), for comparison in evaluations. */
    public double ngramValue(String sentence) {
        double ngram = ngrams.logit(features.extract(sentence).vector());
        return embeddings.displayed(embeddings.probabilityWithoutEmbedding(ngram));
    }

    private SentenceScore evaluate(String sentence, boolean explain) {
        SentenceFeatures.Featured featured = features.extract(sentence);
        double ngram = ngrams.logit(featured.vector());
        if (featured.tokens().isEmpty()) {
            // no word, number or meaningful mark: nothing that could be checked (and nothing to embed)
            return new SentenceScore(0, List.of());
        }
        if (!embeddings.embeds(ngram)) {
            double value = embeddings.displayed(embeddings.probabilityWithoutEmbedding(ngram));
            if (!explain) {
                return new SentenceScore(value, List.of());
            }
            List<String> signals = signals(featured.signals(), MAX_REASONS);
            // A claim the model suggests without any signal to show: embed after all, for the similar labelled
            // sentences only (the score stays). Rare, so it costs little; filler below the decision point is not.
            boolean unexplained = signals.isEmpty() && value >= DECISION;
            return new SentenceScore(value, unexplained ? examples(embedder.join().embed(sentence), signals) : signals);
        }
        float[] embedding = embedder.join().embed(sentence);
        double head = embeddings.headLogit(EmbeddingModel.headFeatures(embedding, featured.signals()));
        double value = embeddings.displayed(embeddings.probability(ngram, head));
        if (!explain) {
            return new SentenceScore(value, List.of());
        }
        return new SentenceScore(value, examples(embedding, signals(featured.signals(), MAX_SIGNALS)));
    }

    /** The given signal reasons followed by the labelled training sentences similar enough to mention. */
    private List<String> examples(float[] embedding, List<String> signals) {
        List<String> reasons = new ArrayList<>(signals);
        List<EmbeddingModel.Neighbour> neighbours = embeddings.neighbours(embedding, NEIGHBOURS);
        for (EmbeddingModel.Neighbour neighbour : neighbours) {
            if (neighbour.similarity() >= SIMILAR && reasons.size() < MAX_REASONS) {
                reasons.add(describe(neighbour));
            }
        }
        if (reasons.isEmpty() && !neighbours.isEmpty()) {
            // nothing else to say: the nearest example, with its (low) similarity for the editor to weigh
            reasons.add(describe(neighbours.get(0)));
        }
        return reasons;
    }

    /** Signals that raise the score first, strongest first, then those that lower it. */
    private static List<String> signals(List<SignalMatch> signals, int limit) {
        return signals.stream().sorted(STRONGEST_FIRST).limit(limit).map(SignalMatch::describe).toList();
    }

    private static String describe(EmbeddingModel.Neighbour neighbour) {
        String text = neighbour.text();
        if (text.length() > EXAMPLE_CHARS) {
            int cut = text.lastIndexOf(' ', EXAMPLE_CHARS);
            text = text.substring(0, cut > EXAMPLE_CHARS / 2 ? cut : EXAMPLE_CHARS) + " …";
        }
        return String.format(Locale.ROOT, "like a %s: “%s” (similarity %.2f)",
                neighbour.checkWorthy() ? "labelled claim" : "labelled non-claim", text, neighbour.similarity());
    }
}
