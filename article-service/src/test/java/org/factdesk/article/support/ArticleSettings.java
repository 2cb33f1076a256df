package org.factdesk.article.support;

import org.factdesk.article.config.ArticleLimits;

/** The article limits of application.properties, for plain tests that build services themselves. */
public record ArticleSettings(int maxBodyBytes, int defaultPageSize, int maxPageSize, int maxClaimsPerArticle)
        implements
            ArticleLimits {

    public static ArticleSettings defaults() {
        return new ArticleSettings(204_800, 20, 100, 500);
    }
}
