package org.factdesk.article.detection.trained;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the sentence embedder has loaded: before that, ingesting an article would wait for it. */
@Readiness
@ApplicationScoped
public class DetectorReadiness implements HealthCheck {

    private final TrainedScorer scorer;

    public DetectorReadiness(TrainedScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<?> loading = scorer.embedderLoading();
        var response = HealthCheckResponse.named("check-worthiness model");
        if (!loading.isDone()) {
            return response.down().withData("embedder", "loading").build();
        }
        try {
            loading.get();
            return response.up().build();
        } catch (ExecutionException e) {
            return response.down().withData("embedder", String.valueOf(e.getCause())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("embedder", "interrupted").build();
        }
    }
}
