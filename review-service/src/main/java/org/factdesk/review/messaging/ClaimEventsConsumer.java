package org.factdesk.review.messaging;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factdesk.review.service.ClaimIntakeService;

import java.time.Duration;

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
                .flatMap(event -> retried(intake.queued(event), "claims.queued " + event.eventId()));
    }

    @Incoming("claims-withdrawn")
    public Uni<Void> onWithdrawn(String payload) {
        return Uni.createFrom().item(() -> reader.claimWithdrawn(payload))
                .flatMap(event -> retried(intake.withdrawn(event), "claims.withdrawn " + event.eventId()));
    }

    private static Uni<Void> retried(Uni<Void> effect, String what) {
        return effect
                .onFailure().invoke(failure -> Log.warnf("applying %s failed: %s", what, failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(5);
    }
}
