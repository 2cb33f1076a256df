package org.factdesk.article.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.config.ConsumedEventsConfig;
import org.factdesk.article.domain.Article;
import org.factdesk.article.domain.Claim;
import org.factdesk.article.domain.ClaimStatus;
import org.factdesk.article.domain.ImpossibleEventException;
import org.factdesk.article.domain.Verdict;
import org.factdesk.article.domain.VerdictLanding;
import org.factdesk.article.events.ClaimEvents;
import org.factdesk.article.events.OutboxWriter;
import org.factdesk.article.events.ReviewProgressEvent;
import org.factdesk.article.events.Topics;
import org.factdesk.article.events.VerdictPublishedEvent;
import org.factdesk.article.repository.ArticleRepository;
import org.factdesk.article.repository.ClaimRepository;
import org.factdesk.article.repository.ProcessedEventRepository;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Applies what the review-service announces. Each event is applied at most once: its id is recorded
 * in the same transaction as its effect.
 */
@ApplicationScoped
public class VerdictService {

    private final ClaimRepository claims;
    private final ArticleRepository articles;
    private final ProcessedEventRepository processed;
    private final ArticleStatusTracker statusTracker;
    private final OutboxWriter outbox;
    private final ConsumedEventsConfig consumedEvents;

    public VerdictService(ClaimRepository claims, ArticleRepository articles, ProcessedEventRepository processed,
            ArticleStatusTracker statusTracker, OutboxWriter outbox, ConsumedEventsConfig consumedEvents) {
        this.claims = claims;
        this.articles = articles;
        this.processed = processed;
        this.statusTracker = statusTracker;
        this.outbox = outbox;
        this.consumedEvents = consumedEvents;
    }

    /**
     * @return true when the event changed the claim
     * @throws ImpossibleEventException (as the Uni's failure) when the verdict can never apply to its claim
     */
    @WithTransaction
    public Uni<Boolean> applyVerdict(VerdictPublishedEvent event) {
        return onceFor(event.eventId(), Topics.VERDICTS_PUBLISHED, event.claimId(), claim -> {
            VerdictLanding landing = VerdictLanding.of(claim, event.reviewId(), event.verdictVersion(),
                    consumedEvents.maxVerdictVersionLead());
            if (landing == VerdictLanding.WITHDRAWN) {
                Log.warnf("verdict %s for claim %s ignored: the claim is %s", event.eventId(), claim.id, claim.status);
            }
            if (landing != VerdictLanding.APPLY) {
                return false;
            }
            claim.placeUnderReview(event.reviewId());
            Verdict verdict = new Verdict();
            verdict.rating = event.rating();
            verdict.ratingValue = event.ratingValue();
            verdict.label = event.label();
            verdict.summary = event.summary();
            verdict.reviewId = event.reviewId();
            verdict.reviewUrl = event.reviewUrl();
            verdict.publishedAt = event.publishedAt();
            verdict.verdictVersion = event.verdictVersion();
            claim.verdict = verdict;
            claim.status = ClaimStatus.VERDICT;
            return true;
        });
    }

    /** Maps review states onto claim statuses; verdicts themselves arrive on verdicts.published. */
    @WithTransaction
    public Uni<Boolean> applyProgress(ReviewProgressEvent event) {
        Optional<ClaimStatus> target = switch (event.state()) {
            case "IN_RESEARCH", "SUBMITTED", "CHANGES_REQUESTED" -> Optional.of(ClaimStatus.IN_REVIEW);
            case "WITHDRAWN" -> Optional.of(ClaimStatus.WITHDRAWN);
            default -> Optional.empty();
        };
        return onceFor(event.eventId(), Topics.REVIEWS_PROGRESS, event.claimId(), claim -> {
            // Even a progress event that moves nothing (the review's QUEUED) names the review the claim is under;
            // onceFor stores it without announcing a change.
            claim.placeUnderReview(event.reviewId());
            if (target.isEmpty() || claim.status == target.get() || !claim.status.isInCheck()) {
                return false;
            }
            claim.status = target.get();
            return true;
        });
    }

    private Uni<Boolean> onceFor(UUID eventId, String topic, UUID claimId, java.util.function.Predicate<Claim> effect) {
        return processed.markProcessed(eventId, topic).chain(first -> {
            if (!first) {
                Log.debugf("event %s on %s already processed", eventId, topic);
                return Uni.createFrom().item(false);
            }
            return claims.findById(claimId).chain(claim -> {
                if (claim == null) {
                    // Another deployment's claim (topics are shared); nothing of ours to update.
                    Log.debugf("event %s on %s names unknown claim %s", eventId, topic, claimId);
                    return Uni.createFrom().item(false);
                }
                UUID reviewBefore = claim.reviewId;
                boolean changed = effect.test(claim);
                // Naming the review the claim is under is no change to announce (Claim.reviewId).
                Uni<Void> reviewStored = reviewBefore == null && claim.reviewId != null ? claims.storeReview(claim)
                        : Uni.createFrom().voidItem();
                if (!changed) {
                    return reviewStored.replaceWith(false);
                }
                Instant now = Clock.now();
                claim.updatedAt = now;
                return reviewStored.chain(() -> articles.findById(claim.articleId))
                        .chain(statusTracker::refresh)
                        .chain((Article article) -> outbox.append(ClaimEvents.changed(claim, article, now)))
                        .chain(claims::flush)
                        .replaceWith(true);
            });
        });
    }
}
