package org.factdesk.article.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factdesk.article.domain.ImpossibleEventException;
import org.factdesk.article.events.EventParser;
import org.factdesk.article.events.ReviewProgressEvent;
import org.factdesk.article.events.Topics;
import org.factdesk.article.events.VerdictPublishedEvent;
import org.factdesk.article.service.VerdictService;
import org.factdesk.support.messaging.UntilApplied;
import org.factdesk.support.messaging.UnusableEventException;

import io.smallrye.mutiny.Uni;

/**
 * Verdicts and review progress from the review-service. A message that cannot be used (unreadable, incomplete, or a
 * verdict that can never apply to its claim: domain.VerdictLanding) is nacked and goes to factdesk.dead-letter
 * (failure-strategy in application.properties); a valid one is applied until it succeeds.
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
                .flatMap(event -> UntilApplied.apply(() -> deadLetterIfImpossible(verdicts.applyVerdict(event)),
                        Topics.VERDICTS_PUBLISHED + " " + event.eventId()));
    }

    @Incoming("reviews-progress")
    public Uni<Void> onProgress(String payload) {
        return Uni.createFrom().item(() -> parser.parse(payload, ReviewProgressEvent.class))
                .flatMap(event -> UntilApplied.apply(() -> verdicts.applyProgress(event).replaceWithVoid(),
                        Topics.REVIEWS_PROGRESS + " " + event.eventId()));
    }

    /** A verdict the domain shows can never apply goes to the dead-letter topic, like one that cannot be read. */
    private static Uni<Void> deadLetterIfImpossible(Uni<Boolean> applying) {
        return applying.replaceWithVoid().onFailure(ImpossibleEventException.class)
                .transform(impossible -> new UnusableEventException(impossible.getMessage(), impossible));
    }
}
