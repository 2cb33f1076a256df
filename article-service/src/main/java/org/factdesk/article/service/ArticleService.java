package org.factdesk.article.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.api.ArticleSummary;
import org.factdesk.article.api.ArticleView;
import org.factdesk.article.api.CreateArticleRequest;
import org.factdesk.article.api.Page;
import org.factdesk.article.api.UpdateArticleRequest;
import org.factdesk.article.config.ArticleLimits;
import org.factdesk.article.detection.DetectedSentence;
import org.factdesk.article.domain.Article;
import org.factdesk.article.domain.ArticleStatus;
import org.factdesk.article.domain.Claim;
import org.factdesk.article.domain.ClaimAnchoring;
import org.factdesk.article.domain.ClaimOrigin;
import org.factdesk.article.domain.ClaimStatus;
import org.factdesk.article.domain.Priority;
import org.factdesk.article.domain.TextSpan;
import org.factdesk.article.repository.ArticleQuery;
import org.factdesk.article.repository.ArticleRepository;
import org.factdesk.article.repository.ClaimRepository;
import org.factdesk.article.repository.PageCursor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Articles and their detected claims: ingest, edit (with re-anchoring), read and search. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final BodyAnalyzer analyzer;
    private final ArticleLimits limits;

    public ArticleService(ArticleRepository articles, ClaimRepository claims, BodyAnalyzer analyzer, ArticleLimits limits) {
        this.articles = articles;
        this.claims = claims;
        this.analyzer = analyzer;
        this.limits = limits;
    }

    public Uni<ArticleView> create(CreateArticleRequest request, String user) {
        return analyzer.analyze(request.body(), request.format()).chain(analysis -> store(request, analysis, user));
    }

    @WithTransaction
    Uni<ArticleView> store(CreateArticleRequest request, BodyAnalysis analysis, String user) {
        String body = analysis.body();
        Instant now = Clock.now();
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.title = request.title().strip();
        article.body = body;
        article.sourceUrl = request.sourceUrl();
        article.author = blankToNull(request.author());
        article.publication = blankToNull(request.publication());
        article.language = request.language() == null ? "en" : request.language();
        article.status = ArticleStatus.DRAFT;
        article.createdBy = user;
        article.createdAt = now;
        article.updatedAt = now;
        List<Claim> suggestions = analysis.suggestions().stream()
                .limit(limits.maxClaimsPerArticle())
                .map(sentence -> suggestedClaim(article, sentence, now))
                .toList();
        return articles.persist(article)
                .chain(() -> persistAll(suggestions))
                .chain(articles::flush)
                .chain(() -> claims.listByArticle(article.id))
                .map(stored -> ArticleView.of(article, stored));
    }

    /**
     * Replaces an article's content. Claims whose original text is still in the body keep their
     * identity, status and verdict and move to their new position; suggestions whose sentence is gone
     * are dropped, claims already in the review workflow stay without a span; new sentences are detected.
     */
    public Uni<ArticleView> update(UUID id, UpdateArticleRequest request) {
        return analyzer.analyze(request.body(), request.format()).chain(analysis -> replace(id, request, analysis));
    }

    @WithTransaction
    Uni<ArticleView> replace(UUID id, UpdateArticleRequest request, BodyAnalysis analysis) {
        String body = analysis.body();
        Instant now = Clock.now();
        return articles.findById(id)
                .onItem().ifNull().failWith(() -> ResourceNotFoundException.article(id))
                .invoke(article -> StaleVersionException.check("article", id, request.version(), article.version))
                .chain(article -> claims.listByArticle(id).chain(existing -> {
                    article.title = request.title().strip();
                    article.sourceUrl = request.sourceUrl();
                    article.author = blankToNull(request.author());
                    article.publication = blankToNull(request.publication());
                    article.language = request.language() == null ? article.language : request.language();
                    boolean bodyChanged = !article.body.equals(body);
                    article.body = body;
                    article.updatedAt = now;
                    Uni<Void> reconciled = bodyChanged ? reconcileClaims(article, existing, analysis.suggestions(), now)
                            : Uni.createFrom().voidItem();
                    return reconciled
                            .chain(articles::flush)
                            .chain(() -> claims.listByArticle(id))
                            .map(stored -> ArticleView.of(article, stored));
                }));
    }

    @WithSession
    public Uni<ArticleView> get(UUID id) {
        return articles.findById(id)
                .onItem().ifNull().failWith(() -> ResourceNotFoundException.article(id))
                .chain(article -> claims.listByArticle(id).map(stored -> ArticleView.of(article, stored)));
    }

    @WithSession
    public Uni<Page<ArticleSummary>> search(ArticleQuery query) {
        // One row more than asked tells whether another page exists without a count query.
        ArticleQuery probe = new ArticleQuery(query.text(), query.status(), query.author(), query.from(), query.to(),
                query.after(), query.limit() + 1);
        return articles.search(probe).chain(found -> {
            List<Article> page = found.size() > query.limit() ? found.subList(0, query.limit()) : found;
            String next = found.size() > query.limit()
                    ? new PageCursor(page.get(page.size() - 1).createdAt, page.get(page.size() - 1).id).encode()
                    : null;
            return claims.countByStatus(page.stream().map(article -> article.id).toList())
                    .map(counts -> new Page<>(page.stream()
                            .map(article -> ArticleSummary.of(article, counts.getOrDefault(article.id, Map.of())))
                            .toList(), next));
        });
    }

    private Uni<Void> reconcileClaims(Article article, List<Claim> existing, List<DetectedSentence> suggestions, Instant now) {
        String body = article.body;
        // Indexing a 200 KB body takes milliseconds: a worker thread does it, the event loop only applies the result.
        return Offload.compute(() -> Placement.of(body, existing, suggestions)).chain(placement -> {
            List<Claim> dropped = new ArrayList<>();
            for (int i = 0; i < placement.claims().size(); i++) {
                Claim claim = placement.claims().get(i);
                placement.spans().get(i).ifPresentOrElse(span -> {
                    if (!Objects.equals(claim.start, span.start()) || !Objects.equals(claim.end, span.end())
                            || !Objects.equals(claim.context, contextOf(article, span))) {
                        claim.anchorAt(span, article.body);
                        claim.updatedAt = now;
                    }
                }, () -> {
                    if (ClaimStatus.WORKFLOW.contains(claim.status)) {
                        if (claim.isAnchored()) {
                            claim.detach();
                            claim.updatedAt = now;
                        }
                    } else {
                        dropped.add(claim);
                    }
                });
            }
            // Claims in the workflow are kept even without a place; new suggestions only fill what the cap leaves.
            int room = limits.maxClaimsPerArticle() - (existing.size() - dropped.size());
            List<Claim> added = placement.uncovered().stream()
                    .limit(Math.max(0, room))
                    .map(sentence -> suggestedClaim(article, sentence, now))
                    .toList();
            Uni<Void> deletions = Uni.createFrom().voidItem();
            for (Claim claim : dropped) {
                deletions = deletions.chain(() -> claims.delete(claim));
            }
            return deletions.chain(() -> persistAll(added));
        });
    }

    /** Where the existing claims go in the edited body (in old document order) and the suggestions none of them covers. */
    private record Placement(List<Claim> claims, List<Optional<TextSpan>> spans, List<DetectedSentence> uncovered) {

        static Placement of(String body, List<Claim> existing, List<DetectedSentence> suggestions) {
            ClaimAnchoring anchoring = new ClaimAnchoring(body);
            List<Claim> ordered = ClaimAnchoring.inDocumentOrder(existing);
            List<Optional<TextSpan>> spans = ordered.stream().map(anchoring::reanchor).toList();
            List<DetectedSentence> uncovered = suggestions.stream()
                    .filter(sentence -> !anchoring.covers(new TextSpan(sentence.start(), sentence.end())))
                    .toList();
            return new Placement(ordered, spans, uncovered);
        }
    }

    /** Mutiny 3 refuses to combine no Unis, so Panache's persist of an empty list fails: a body without suggestions. */
    private Uni<Void> persistAll(List<Claim> added) {
        return added.isEmpty() ? Uni.createFrom().voidItem() : claims.persist(added);
    }

    private static String contextOf(Article article, TextSpan span) {
        return org.factdesk.article.domain.ClaimContext.around(article.body, span);
    }

    private Claim suggestedClaim(Article article, DetectedSentence sentence, Instant now) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.articleId = article.id;
        claim.text = sentence.text();
        claim.originalText = sentence.text();
        claim.anchorAt(new TextSpan(sentence.start(), sentence.end()), article.body);
        claim.score = sentence.score();
        claim.reasons = List.copyOf(sentence.reasons());
        claim.origin = ClaimOrigin.DETECTED;
        claim.priority = Priority.NORMAL;
        claim.status = ClaimStatus.SUGGESTED;
        claim.createdAt = now;
        claim.updatedAt = now;
        return claim;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
