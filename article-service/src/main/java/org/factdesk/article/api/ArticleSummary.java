package org.factdesk.article.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.factdesk.article.domain.Article;
import org.factdesk.article.domain.ArticleStatus;
import org.factdesk.article.domain.ClaimStatus;

public record ArticleSummary(UUID id, String title, String author, String publication, ArticleStatus status,
        Instant createdAt, Instant updatedAt, Map<ClaimStatus, Long> claimCounts) {

    public static ArticleSummary of(Article article, Map<ClaimStatus, Long> counts) {
        Map<ClaimStatus, Long> all = new java.util.EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        return new ArticleSummary(article.id, article.title, article.author, article.publication, article.status,
                article.createdAt, article.updatedAt, all);
    }
}
