package org.factdesk.article.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.domain.Article;
import org.factdesk.article.domain.Claim;
import org.factdesk.article.domain.ClaimStatus;
import org.factdesk.article.domain.Verdict;
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

    public VerdictService(ClaimRepository claims, ArticleRepository articles, ProcessedEventRepository processed,
            ArticleStatusTracker statusTracker, OutboxWriter outbox) {
        this.claims = claims;
        this.articles = articles;
        this.processed = processed;
        this.statusTracker = statusTracker;
        this.outbox = outbox;
    }

    /** @return true when the event changed the claim */
    @WithTransaction
    public Uni<Boolean> applyVerdict(VerdictPublishedEvent event) {
        return onceFor(event.eventId(), Topics.VERDICTS_PUBLISHED, event.claimId(), claim -> {
            if (claim.status == ClaimStatus.WITHDRAWN || claim.status == ClaimStatus.DISMISSED
                    || claim.status == ClaimStatus.SUGGESTED) {
                Log.warnf("verdict %s for claim %s ignored: the claim is %s", event.eventId(), claim.id, claim.status);
                return false;
            }
            Verdict current = claim.verdict;
            // A correction carries a higher verdictVersion; a late, older verdict must not overwrite it.
            if (current != null && current.verdictVersion != null && current.verdictVersion >= event.verdictVersion()) {
                return false;
            }
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
                if (!effect.test(claim)) {
                    return Uni.createFrom().item(false);
                }
                Instant now = Clock.now();
                claim.updatedAt = now;
                return articles.findById(claim.articleId)
                        .chain(statusTracker::refresh)
                        .chain((Article article) -> outbox.append(ClaimEvents.changed(claim, article, now)))
                        .chain(claims::flush)
                        .replaceWith(true);
            });
        });
    }
}
