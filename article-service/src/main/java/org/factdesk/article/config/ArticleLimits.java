package org.factdesk.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the article API. */
@ConfigMapping(prefix = "factdesk.article")
public interface ArticleLimits {

    /** Largest accepted body (UTF-8 bytes of the submitted text); bigger requests get 413. */
    @WithDefault("204800")
    int maxBodyBytes();

    /** Page size used when a list request names none, and the largest allowed. */
    @WithDefault("20")
    int defaultPageSize();

    @WithDefault("100")
    int maxPageSize();

    /**
     * Most claims one article holds (suggestions, editors' selections and claims kept through edits); the article view
     * lists them all, so this bounds it. Adding one more is refused with 409; an edit adds new suggestions only up to it.
     */
    @WithDefault("500")
    int maxClaimsPerArticle();
}
