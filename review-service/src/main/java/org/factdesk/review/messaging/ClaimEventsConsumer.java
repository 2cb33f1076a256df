package org.factdesk.review.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factdesk.review.domain.ImpossibleEventException;
import org.factdesk.review.events.EventReader;
import org.factdesk.review.events.Topics;
import org.factdesk.review.service.ClaimIntakeService;
import org.factdesk.support.messaging.UntilApplied;
import org.factdesk.support.messaging.UnusableEventException;

import io.smallrye.mutiny.Uni;

/**
 * Consumes the article-service's claim events. A message that cannot be parsed, or that can never apply (a withdrawal
 * dated in the future: domain.WithdrawnClaim), fails at once and goes to the dead-letter topic (failure-strategy
 * dead-letter-queue); a valid event is applied until it succeeds, however long the database is away.
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
                .flatMap(event -> UntilApplied.apply(() -> intake.queued(event), Topics.CLAIMS_QUEUED + " " + event.eventId()));
    }

    @Incoming("claims-withdrawn")
    public Uni<Void> onWithdrawn(String payload) {
        return Uni.createFrom().item(() -> reader.claimWithdrawn(payload))
                .flatMap(event -> UntilApplied.apply(() -> deadLetterIfImpossible(intake.withdrawn(event)),
                        Topics.CLAIMS_WITHDRAWN + " " + event.eventId()));
    }

    @Incoming("claims-changed")
    public Uni<Void> onChanged(String payload) {
        return Uni.createFrom().item(() -> reader.claimChanged(payload))
                .flatMap(event -> UntilApplied.apply(() -> intake.changed(event),
                        Topics.CLAIMS_CHANGED + " " + event.eventId()));
    }

    /** An event the domain shows can never apply goes to the dead-letter topic, like one that cannot be read. */
    private static Uni<Void> deadLetterIfImpossible(Uni<Void> applying) {
        return applying.onFailure(ImpossibleEventException.class)
                .transform(impossible -> new UnusableEventException(impossible.getMessage(), impossible));
    }
}
