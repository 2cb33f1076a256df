package org.factdesk.article.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.domain.Article;
import org.factdesk.article.domain.ArticleStatus;
import org.factdesk.article.repository.ClaimRepository;

import io.smallrye.mutiny.Uni;

/** Keeps an article's status in step with its claims; runs inside the caller's transaction. */
@ApplicationScoped
public class ArticleStatusTracker {

    private final ClaimRepository claims;

    public ArticleStatusTracker(ClaimRepository claims) {
        this.claims = claims;
    }

    /** Flushes pending claim changes first so the derived status sees them. */
    public Uni<Article> refresh(Article article) {
        return claims.flush()
                .chain(() -> claims.listByArticle(article.id))
                .map(all -> {
                    article.status = ArticleStatus.derivedFrom(all.stream().map(claim -> claim.status).toList());
                    return article;
                });
    }
}
