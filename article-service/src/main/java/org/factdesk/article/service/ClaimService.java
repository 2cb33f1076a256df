package org.factdesk.article.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.api.AddClaimRequest;
import org.factdesk.article.api.ClaimMatchView;
import org.factdesk.article.api.ClaimView;
import org.factdesk.article.api.ImportedFactCheckView;
import org.factdesk.article.api.Page;
import org.factdesk.article.api.PatchClaimRequest;
import org.factdesk.article.api.QueueRequest;
import org.factdesk.article.api.VerdictView;
import org.factdesk.article.api.WithdrawRequest;
import org.factdesk.article.config.ArticleLimits;
import org.factdesk.article.config.MatchesConfig;
import org.factdesk.article.domain.Article;
import org.factdesk.article.domain.Claim;
import org.factdesk.article.domain.ClaimOrigin;
import org.factdesk.article.domain.ClaimStatus;
import org.factdesk.article.domain.Priority;
import org.factdesk.article.domain.TextSpan;
import org.factdesk.article.events.ClaimEvents;
import org.factdesk.article.events.OutboxWriter;
import org.factdesk.article.repository.ArticleRepository;
import org.factdesk.article.repository.ClaimRepository;
import org.factdesk.article.repository.ImportedFactCheckRepository;
import org.factdesk.article.repository.PageCursor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** What editors do with claims: add, reword, prioritise, dismiss, queue and withdraw. */
@ApplicationScoped
public class ClaimService {

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final ClaimSuggester suggester;
    private final ArticleStatusTracker statusTracker;
    private final OutboxWriter outbox;
    private final MatchesConfig matchesConfig;
    private final ArticleLimits limits;
    private final ImportedFactCheckRepository importedFactChecks;

    public ClaimService(ArticleRepository articles, ClaimRepository claims, ClaimSuggester suggester,
            ArticleStatusTracker statusTracker, OutboxWriter outbox, MatchesConfig matchesConfig, ArticleLimits limits,
            ImportedFactCheckRepository importedFactChecks) {
        this.articles = articles;
        this.claims = claims;
        this.suggester = suggester;
        this.statusTracker = statusTracker;
        this.outbox = outbox;
        this.matchesConfig = matchesConfig;
        this.limits = limits;
        this.importedFactChecks = importedFactChecks;
    }

    /** A claim from a span the editor selected, scored like a detected one. */
    @WithTransaction
    public Uni<ClaimView> add(UUID articleId, AddClaimRequest request) {
        return article(articleId).chain(article -> {
            TextSpan span = checkedSpan(article.body, request.start(), request.end());
            String text = span.slice(article.body);
            // Scoring embeds sentences (milliseconds of CPU each): a worker thread, back on this context after.
            return Offload.compute(() -> suggester.score(text)).chain(score -> {
                Instant now = Clock.now();
                Claim claim = new Claim();
                claim.id = UUID.randomUUID();
                claim.articleId = articleId;
                claim.text = text;
                claim.originalText = text;
                claim.anchorAt(span, article.body);
                claim.score = score.value();
                claim.reasons = score.reasons();
                claim.origin = ClaimOrigin.EDITOR;
                claim.priority = Priority.NORMAL;
                claim.status = ClaimStatus.SUGGESTED;
                claim.createdAt = now;
                claim.updatedAt = now;
                return claims.listByArticle(articleId)
                        .invoke(existing -> {
                            if (existing.size() >= limits.maxClaimsPerArticle()) {
                                throw new ConflictException("article " + articleId + " already holds " + existing.size()
                                        + " claims, the most one article may hold (" + limits.maxClaimsPerArticle() + ")");
                            }
                        })
                        .invoke(existing -> existing.stream()
                                .filter(other -> span.start() == nullToMinus(other.start)
                                        && span.end() == nullToMinus(other.end))
                                .findFirst()
                                .ifPresent(other -> {
                                    throw new ConflictException("the span [" + span.start() + ", " + span.end()
                                            + ") is already claim " + other.id);
                                }))
                        .chain(() -> claims.persist(claim))
                        .chain(claims::flush)
                        .replaceWith(() -> ClaimView.of(claim, article.title, null));
            });
        });
    }

    @WithTransaction
    public Uni<ClaimView> patch(UUID articleId, UUID claimId, PatchClaimRequest request) {
        return articleAndClaim(articleId, claimId).chain(found -> {
            Claim claim = found.claim();
            StaleVersionException.check("claim", claimId, request.version(), claim.version);
            if (!claim.status.isEditable()) {
                throw new IllegalTransitionException(
                        "claim " + claimId + " is " + claim.status + " and can no longer be edited");
            }
            if (request.text() != null) {
                String text = request.text().strip();
                // Once queued, the review researches this wording: a new wording would show the verdict next to
                // text nobody reviewed. Sending the same text back (a form that posts every field) is harmless.
                if (claim.status.isInCheck() && !text.equals(claim.text)) {
                    throw new ClaimTextFrozenException(claimId, claim.status);
                }
                claim.text = text;
            }
            Priority priorityBefore = claim.priority;
            Instant dueBefore = claim.dueAt;
            if (request.priority() != null) {
                claim.priority = request.priority();
            }
            if (request.dueAt() != null) {
                claim.dueAt = request.dueAt();
            }
            Instant now = Clock.now();
            claim.updatedAt = now;
            // The review desk took priority and due time from claims.queued: a change after that must reach its queue.
            boolean deskChanged = claim.status.isInCheck()
                    && (claim.priority != priorityBefore || !Objects.equals(claim.dueAt, dueBefore));
            Uni<Void> announced = deskChanged
                    ? outbox.append(ClaimEvents.changed(claim, found.article(), now))
                    : Uni.createFrom().voidItem();
            return announced.chain(claims::flush)
                    .replaceWith(() -> ClaimView.of(claim, found.article().title, null));
        });
    }

    @WithTransaction
    public Uni<ClaimView> dismiss(UUID articleId, UUID claimId, long version) {
        return articleAndClaim(articleId, claimId).chain(found -> {
            Claim claim = found.claim();
            StaleVersionException.check("claim", claimId, version, claim.version);
            transition(claim, ClaimStatus.DISMISSED);
            Instant now = Clock.now();
            claim.updatedAt = now;
            return statusTracker.refresh(found.article())
                    .chain(article -> outbox.append(ClaimEvents.changed(claim, article, now)))
                    .chain(claims::flush)
                    .replaceWith(() -> ClaimView.of(claim, found.article().title, null));
        });
    }

    @WithTransaction
    public Uni<ClaimView> withdraw(UUID articleId, UUID claimId, WithdrawRequest request, String user) {
        return articleAndClaim(articleId, claimId).chain(found -> {
            Claim claim = found.claim();
            StaleVersionException.check("claim", claimId, request.version(), claim.version);
            transition(claim, ClaimStatus.WITHDRAWN);
            Instant now = Clock.now();
            claim.updatedAt = now;
            return statusTracker.refresh(found.article())
                    .chain(article -> outbox.append(ClaimEvents.withdrawn(claim, user, request.reason(), now))
                            .chain(() -> outbox.append(ClaimEvents.changed(claim, article, now))))
                    .chain(claims::flush)
                    .replaceWith(() -> ClaimView.of(claim, found.article().title, null));
        });
    }

    /**
     * Queues claims all or nothing: every claim must belong to the article, be current and be a
     * suggestion. The status change and its claims.queued events commit in one transaction.
     */
    @WithTransaction
    public Uni<List<ClaimView>> queue(UUID articleId, QueueRequest request, String user) {
        Map<UUID, Long> versions = new HashMap<>();
        for (QueueRequest.Item item : request.claims()) {
            if (versions.put(item.claimId(), item.version()) != null) {
                throw new InvalidFieldException("claims", "claim " + item.claimId() + " is listed twice");
            }
        }
        return article(articleId).chain(article -> claims.listByIds(articleId, versions.keySet()).chain(found -> {
            Map<UUID, Claim> byId = found.stream().collect(Collectors.toMap(claim -> claim.id, Function.identity()));
            Instant now = Clock.now();
            for (QueueRequest.Item item : request.claims()) {
                Claim claim = byId.get(item.claimId());
                if (claim == null) {
                    throw ResourceNotFoundException.claim(articleId, item.claimId());
                }
                StaleVersionException.check("claim", claim.id, item.version(), claim.version);
                transition(claim, ClaimStatus.QUEUED);
                claim.queuedAt = now;
                claim.queuedBy = user;
                claim.updatedAt = now;
                if (request.priority() != null) {
                    claim.priority = request.priority();
                }
                if (request.dueAt() != null) {
                    claim.dueAt = request.dueAt();
                }
            }
            List<Claim> queued = request.claims().stream().map(item -> byId.get(item.claimId())).toList();
            return statusTracker.refresh(article)
                    .chain(refreshed -> {
                        Uni<Void> events = Uni.createFrom().voidItem();
                        for (Claim claim : queued) {
                            events = events.chain(() -> outbox.append(ClaimEvents.queued(claim, refreshed, now)))
                                    .chain(() -> outbox.append(ClaimEvents.changed(claim, refreshed, now)));
                        }
                        return events;
                    })
                    .chain(claims::flush)
                    .replaceWith(() -> queued.stream().map(claim -> ClaimView.of(claim, article.title, null)).toList());
        }));
    }

    /**
     * Earlier checks that say the same thing, best match first: our claims with a published verdict and the
     * fact-checks imported from other organisations, in one ranking by similarity.
     */
    @WithSession
    public Uni<List<ClaimMatchView>> matches(UUID articleId, UUID claimId) {
        double threshold = matchesConfig.similarityThreshold();
        int limit = matchesConfig.limit();
        return articleAndClaim(articleId, claimId)
                .chain(found -> claims.findCheckedSimilar(claimId, found.claim().text, threshold, limit)
                        .chain(ours -> claims.list("from Claim c where c.id in ?1",
                                ours.stream().map(match -> match.claimId()).toList())
                                .map(checked -> {
                                    Map<UUID, Claim> byId = checked.stream()
                                            .collect(Collectors.toMap(c -> c.id, Function.identity()));
                                    return ours.stream()
                                            .map(match -> new ClaimMatchView(match.claimId(), match.articleId(),
                                                    match.articleTitle(), match.text(), match.similarity(),
                                                    VerdictView.of(byId.get(match.claimId()).verdict), null))
                                            .toList();
                                }))
                        .chain(ours -> importedFactChecks.findSimilar(found.claim().text, threshold, limit)
                                .map(theirs -> Stream.concat(ours.stream(), theirs.stream()
                                        .map(similar -> ClaimMatchView.imported(
                                                ImportedFactCheckView.of(similar.fact(), null, null), similar.similarity())))
                                        .sorted(Comparator.comparingDouble(ClaimMatchView::similarity).reversed())
                                        .limit(limit)
                                        .toList())));
    }

    /** Editors' overview of claims across articles, newest first. */
    @WithSession
    public Uni<Page<ClaimView>> overview(Optional<ClaimStatus> status, Optional<PageCursor> after, int limit) {
        return claims.page(status, after, limit + 1).chain(found -> {
            List<Claim> page = found.size() > limit ? found.subList(0, limit) : found;
            String next = found.size() > limit
                    ? new PageCursor(page.get(page.size() - 1).createdAt, page.get(page.size() - 1).id).encode()
                    : null;
            Set<UUID> articleIds = new HashSet<>();
            page.forEach(claim -> articleIds.add(claim.articleId));
            Uni<List<Article>> owners = articleIds.isEmpty()
                    ? Uni.createFrom().item(List.of())
                    : articles.list("from Article a where a.id in ?1", articleIds);
            return owners.map(list -> {
                Map<UUID, String> titles = list.stream().collect(Collectors.toMap(a -> a.id, a -> a.title));
                return new Page<>(page.stream().map(claim -> ClaimView.of(claim, titles.get(claim.articleId), null)).toList(),
                        next);
            });
        });
    }

    private static void transition(Claim claim, ClaimStatus target) {
        if (!claim.status.canTransitionTo(target)) {
            throw new IllegalTransitionException("claim " + claim.id + " is " + claim.status + " and cannot become " + target);
        }
        claim.status = target;
    }

    private TextSpan checkedSpan(String body, int start, int end) {
        if (start >= body.length()) {
            throw new InvalidFieldException("start", "must be less than the body length " + body.length());
        }
        if (end <= start) {
            throw new InvalidFieldException("end", "must be greater than start");
        }
        if (end > body.length()) {
            throw new InvalidFieldException("end", "must not exceed the body length " + body.length());
        }
        if (end - start > ClaimSuggester.MAX_CLAIM_LENGTH) {
            throw new InvalidFieldException("end", "a claim spans at most " + ClaimSuggester.MAX_CLAIM_LENGTH + " characters");
        }
        if (body.substring(start, end).isBlank()) {
            throw new InvalidFieldException("start", "the selected span holds no text");
        }
        return new TextSpan(start, end);
    }

    private static int nullToMinus(Integer offset) {
        return offset == null ? -1 : offset;
    }

    private Uni<Article> article(UUID articleId) {
        return articles.findById(articleId).onItem().ifNull().failWith(() -> ResourceNotFoundException.article(articleId));
    }

    private Uni<ArticleAndClaim> articleAndClaim(UUID articleId, UUID claimId) {
        return article(articleId).chain(article -> claims.findById(claimId)
                .map(claim -> {
                    if (claim == null || !claim.articleId.equals(articleId)) {
                        throw ResourceNotFoundException.claim(articleId, claimId);
                    }
                    return new ArticleAndClaim(article, claim);
                }));
    }

    private record ArticleAndClaim(Article article, Claim claim) {
    }
}
