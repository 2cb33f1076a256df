package org.factdesk.article.detection.trained;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.factdesk.article.detection.CheckWorthinessScorer;
import org.factdesk.article.detection.SentenceScore;

/**
 * Check-worthiness from the logistic regression trained on the CLEF-2024 CheckThat! English data (see
 * {@code detection/README.md}). Replaces the default {@link org.factdesk.article.detection.FeatureScorer};
 * the model is read once, at start-up, so a missing or corrupt model file stops the service from starting.
 */
@Startup
@Singleton
public class TrainedScorer implements CheckWorthinessScorer {

    public static final String MODEL_RESOURCE = "/detection/checkworthiness-model.bin.gz";
    static final int MAX_REASONS = 5;

    private final LinearModel model;
    private final SentenceFeatures features;

    /** The committed model from the classpath. */
    public TrainedScorer() {
        this(loadCommittedModel());
    }

    public TrainedScorer(LinearModel model) {
        this.model = model;
        this.features = new SentenceFeatures(model.config());
    }

    public static LinearModel loadCommittedModel() {
        try (InputStream in = TrainedScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("check-worthiness model " + MODEL_RESOURCE + " is not on the classpath");
            }
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read check-worthiness model " + MODEL_RESOURCE, e);
        }
    }

    @Override
    public SentenceScore score(String sentence) {
        SentenceFeatures.Featured featured = features.extract(sentence);
        double probability = LinearModel.probability(model.logit(featured.vector()));
        return new SentenceScore(probability, Explanation.reasons(model, featured, MAX_REASONS));
    }

    /** Probability alone, without explanations: the fast path for evaluation. */
    public double probability(String sentence) {
        return LinearModel.probability(model.logit(features.extract(sentence).vector()));
    }
}
