package org.factdesk.article.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.factdesk.article.domain.Article;
import org.factdesk.article.domain.ArticleStatus;
import org.factdesk.article.domain.Claim;
import org.factdesk.article.domain.ClaimStatus;

public record ArticleView(
        UUID id,
        long version,
        String title,
        String body,
        String sourceUrl,
        String author,
        String publication,
        String language,
        ArticleStatus status,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        List<ClaimView> claims) {

    /** @param claims the article's claims in document order */
    public static ArticleView of(Article article, List<Claim> claims) {
        Map<UUID, Integer> ranks = new HashMap<>();
        List<Claim> suggested = claims.stream()
                .filter(claim -> claim.status == ClaimStatus.SUGGESTED)
                .sorted(Comparator.comparingDouble((Claim claim) -> claim.score).reversed())
                .toList();
        for (int i = 0; i < suggested.size(); i++) {
            ranks.put(suggested.get(i).id, i + 1);
        }
        return new ArticleView(article.id, article.version, article.title, article.body, article.sourceUrl,
                article.author, article.publication, article.language, article.status, article.createdBy,
                article.createdAt, article.updatedAt,
                claims.stream().map(claim -> ClaimView.of(claim, article.title, ranks.get(claim.id))).toList());
    }
}
