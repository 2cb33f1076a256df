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
}
