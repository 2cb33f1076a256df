package org.factdesk.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Public identity of the fact-check desk, as it appears in ClaimReview and verdict links. */
@ConfigMapping(prefix = "factdesk.review")
public interface ReviewConfig {

    /** Base URL under which the ClaimReview documents are publicly reachable (env FACTDESK_REVIEW_PUBLIC_BASE_URL). */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    Organization organization();

    interface Organization {
        /** ClaimReview author organisation name (env FACTDESK_REVIEW_ORGANIZATION_NAME). */
        @WithDefault("Factdesk")
        String name();

        /** ClaimReview author organisation URL (env FACTDESK_REVIEW_ORGANIZATION_URL). */
        @WithDefault("http://localhost:8080")
        String url();
    }
}
