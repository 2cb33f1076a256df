package org.factdesk.article.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factdesk.article.service.VerdictService;

import io.smallrye.mutiny.Uni;

/**
 * Verdicts and review progress from the review-service. A message that fails here is nacked and goes
 * to factdesk.dead-letter (failure-strategy in application.properties); the consumer moves on.
 */
@ApplicationScoped
public class VerdictConsumer {

    private final EventParser parser;
    private final VerdictService verdicts;

    public VerdictConsumer(EventParser parser, VerdictService verdicts) {
        this.parser = parser;
        this.verdicts = verdicts;
    }

    @Incoming("verdicts-published")
    public Uni<Void> onVerdict(String payload) {
        return Uni.createFrom().item(() -> parser.parse(payload, VerdictPublishedEvent.class))
                .chain(verdicts::applyVerdict)
                .replaceWithVoid();
    }

    @Incoming("reviews-progress")
    public Uni<Void> onProgress(String payload) {
        return Uni.createFrom().item(() -> parser.parse(payload, ReviewProgressEvent.class))
                .chain(verdicts::applyProgress)
                .replaceWithVoid();
    }
}
