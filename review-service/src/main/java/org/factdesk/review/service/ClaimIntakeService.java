package org.factdesk.review.service;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.ConsumedEventsConfig;
import org.factdesk.review.domain.AuditEntry;
import org.factdesk.review.domain.ClaimChange;
import org.factdesk.review.domain.ImpossibleEventException;
import org.factdesk.review.domain.Priority;
import org.factdesk.review.domain.ProcessedEvent;
import org.factdesk.review.domain.ReviewAction;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.ReviewState;
import org.factdesk.review.domain.WithdrawnClaim;
import org.factdesk.review.events.ClaimChanged;
import org.factdesk.review.events.ClaimQueued;
import org.factdesk.review.events.ClaimWithdrawn;
import org.factdesk.review.events.OutboxWriter;
import org.factdesk.review.events.Topics;
import org.factdesk.review.repository.AuditEntryRepository;
import org.factdesk.review.repository.ProcessedEventRepository;
import org.factdesk.review.repository.ReviewItemRepository;
import org.factdesk.review.repository.WithdrawnClaimRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Applies the article-service's claim events. Each event is applied at most once (processed_event row in the
 * same transaction), and events of one claim are serialised by a transaction-scoped advisory lock, so a
 * queued and a withdrawn event arriving at the same time on different topics cannot both miss each other.
 */
@ApplicationScoped
public class ClaimIntakeService {

    private final ReviewItemRepository items;
    private final ProcessedEventRepository processed;
    private final WithdrawnClaimRepository withdrawn;
    private final AuditEntryRepository audit;
    private final OutboxWriter outbox;
    private final ConsumedEventsConfig consumedEvents;

    public ClaimIntakeService(ReviewItemRepository items, ProcessedEventRepository processed,
            WithdrawnClaimRepository withdrawn, AuditEntryRepository audit, OutboxWriter outbox,
            ConsumedEventsConfig consumedEvents) {
        this.items = items;
        this.processed = processed;
        this.withdrawn = withdrawn;
        this.audit = audit;
        this.outbox = outbox;
        this.consumedEvents = consumedEvents;
    }

    @WithTransaction
    public Uni<Void> queued(ClaimQueued event) {
        return once(event.eventId(), event.claimId(), Topics.CLAIMS_QUEUED, () -> withdrawn.findById(event.claimId())
                .flatMap(withdrawal -> {
                    if (withdrawal != null && !event.queuedAt().isAfter(withdrawal.withdrawnAt)) {
                        Log.infof("claim %s was withdrawn at %s: not opening a review for its queued event %s",
                                event.claimId(), withdrawal.withdrawnAt, event.eventId());
                        return Uni.createFrom().voidItem();
                    }
                    return items.findByClaimId(event.claimId()).flatMap(existing -> {
                        if (existing != null) {
                            Log.infof("claim %s already has review %s (%s): ignoring queued event %s",
                                    event.claimId(), existing.id, existing.state, event.eventId());
                            return Uni.createFrom().voidItem();
                        }
                        return open(event);
                    });
                }));
    }

    /** @throws ImpossibleEventException (as the Uni's failure) for a withdrawal dated in the future */
    @WithTransaction
    public Uni<Void> withdrawn(ClaimWithdrawn event) {
        return once(event.eventId(), event.claimId(), Topics.CLAIMS_WITHDRAWN, () -> {
            Instant now = Clock.now();
            Instant withdrawnAt = WithdrawnClaim.withdrawnAt(event.occurredAt(), now, consumedEvents.maxClockSkew());
            return withdrawn.findById(event.claimId())
                    .flatMap(known -> known != null ? Uni.createFrom().voidItem()
                            : withdrawn.persist(withdrawal(event, withdrawnAt)).replaceWithVoid())
                    .flatMap(ignored -> items.findByClaimId(event.claimId()))
                    .flatMap(item -> {
                        if (item == null || !item.state.isOpen()) {
                            return Uni.createFrom().voidItem();
                        }
                        ReviewState from = item.apply(ReviewAction.WITHDRAW, now);
                        return audit.persist(AuditEntry.of(item.id, now, event.withdrawnBy(), "WITHDRAW", from,
                                item.state, event.reason()))
                                .flatMap(saved -> outbox.progressed(item, from, event.withdrawnBy(), now));
                    });
        });
    }

    /**
     * Gives the open review of the claim the claim's new priority and due time. A claim in the desk without a review
     * waits for its claims.queued (failing transiently, so the consumer retries) up to a bound, then is skipped.
     *
     * @throws ReviewNotYetOpenException (as the Uni's failure) while the claim's review may still be opened
     */
    @WithTransaction
    public Uni<Void> changed(ClaimChanged event) {
        return once(event.eventId(), event.claimId(), Topics.CLAIMS_CHANGED, () -> items.findByClaimId(event.claimId())
                .flatMap(item -> {
                    Instant now = Clock.now();
                    if (item != null) {
                        Priority priority = event.priority() == null ? null : Priority.valueOf(event.priority());
                        if (item.reschedule(priority, event.dueAt(), now)) {
                            Log.infof("review %s of claim %s now has priority %s, due %s (claims.changed %s)", item.id,
                                    event.claimId(), item.priority, item.dueAt, event.eventId());
                        }
                        return Uni.createFrom().voidItem();
                    }
                    // Withdrawn before its claims.queued was consumed: the review will never open.
                    return withdrawn.findById(event.claimId()).flatMap(withdrawal -> {
                        ClaimChange.WithoutReview outcome = withdrawal != null ? ClaimChange.WithoutReview.IGNORE
                                : ClaimChange.withoutReview(event.status(), event.occurredAt(), now,
                                        consumedEvents.maxWaitForQueued());
                        return switch (outcome) {
                            case IGNORE -> Uni.createFrom().voidItem();
                            case WAIT -> Uni.createFrom().failure(new ReviewNotYetOpenException(event.claimId(),
                                    event.eventId()));
                            case GIVE_UP -> {
                                Log.warnf("claim %s is %s but has no review %s after its claims.changed %s:"
                                        + " skipping its priority and due time", event.claimId(), event.status(),
                                        consumedEvents.maxWaitForQueued(), event.eventId());
                                yield Uni.createFrom().voidItem();
                            }
                        };
                    });
                }));
    }

    private Uni<Void> once(UUID eventId, UUID claimId, String topic, Supplier<Uni<Void>> effect) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:claim, 0))")
                        .setParameter("claim", claimId.toString())
                        .getSingleResult())
                .flatMap(locked -> processed.findById(eventId))
                .flatMap(seen -> {
                    if (seen != null) {
                        Log.debugf("event %s already processed", eventId);
                        return Uni.createFrom().voidItem();
                    }
                    return effect.get().flatMap(done -> processed.persist(ProcessedEvent.of(eventId, topic, Clock.now())))
                            .replaceWithVoid();
                });
    }

    private Uni<Void> open(ClaimQueued event) {
        Instant now = Clock.now();
        ReviewItem item = new ReviewItem();
        item.id = UUID.randomUUID();
        item.claimId = event.claimId();
        item.articleId = event.articleId();
        item.articleTitle = event.articleTitle();
        item.articleUrl = event.articleUrl();
        item.articlePublishedAt = event.articlePublishedAt();
        item.claimText = event.claimText();
        item.claimAuthor = event.claimAuthor();
        item.context = event.context();
        item.language = event.language();
        item.checkWorthiness = event.checkWorthiness();
        item.priority = Priority.valueOf(event.priority());
        item.dueAt = event.dueAt();
        item.queuedBy = event.queuedBy();
        item.queuedAt = event.queuedAt();
        item.state = ReviewState.QUEUED;
        item.createdAt = now;
        item.updatedAt = now;
        return items.persist(item)
                .flatMap(saved -> audit.persist(AuditEntry.of(item.id, now, event.queuedBy(), "QUEUE", null,
                        ReviewState.QUEUED, null)))
                .flatMap(saved -> outbox.progressed(item, null, event.queuedBy(), now));
    }

    private static WithdrawnClaim withdrawal(ClaimWithdrawn event, Instant withdrawnAt) {
        WithdrawnClaim claim = new WithdrawnClaim();
        claim.claimId = event.claimId();
        claim.withdrawnBy = event.withdrawnBy();
        claim.reason = event.reason();
        claim.withdrawnAt = withdrawnAt;
        return claim;
    }
}
