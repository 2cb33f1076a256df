package org.factdesk.review.messaging;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factdesk.review.service.ClaimIntakeService;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Consumes the article-service's claim events. A message that cannot be parsed fails at once and goes to the
 * dead-letter topic (failure-strategy dead-letter-queue); a failure to apply a valid event is retried a few
 * times first, since that is usually the database being briefly unavailable.
 */
@ApplicationScoped
public class ClaimEventsConsumer {

    private final EventReader reader;
    private final ClaimIntakeService intake;

    public ClaimEventsConsumer(EventReader reader, ClaimIntakeService intake) {
        this.reader = reader;
        this.intake = intake;
    }

    @Incoming("claims-queued")
    public Uni<Void> onQueued(String payload) {
        return Uni.createFrom().item(() -> reader.claimQueued(payload))
                .flatMap(event -> retried(() -> intake.queued(event), "claims.queued " + event.eventId()));
    }

    @Incoming("claims-withdrawn")
    public Uni<Void> onWithdrawn(String payload) {
        return Uni.createFrom().item(() -> reader.claimWithdrawn(payload))
                .flatMap(event -> retried(() -> intake.withdrawn(event), "claims.withdrawn " + event.eventId()));
    }

    /**
     * Retries on the consumer's Vert.x context: a back-off delay resumes on a worker thread, where Hibernate
     * Reactive cannot run, so every (re)subscription is dispatched back to the context.
     */
    private static Uni<Void> retried(Supplier<Uni<? extends Void>> effect, String what) {
        Context context = Vertx.currentContext();
        Uni<Void> attempt = Uni.createFrom().<Void> deferred(effect);
        if (context != null) {
            Executor onContext = command -> context.runOnContext(ignored -> command.run());
            attempt = attempt.runSubscriptionOn(onContext);
        }
        return attempt
                .onFailure().invoke(failure -> Log.warnf("applying %s failed: %s", what, failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(5);
    }
}
