package org.factdesk.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Public identity of the fact-check desk, as it appears in ClaimReview, verdict links and the public read model. */
@ConfigMapping(prefix = "factdesk.review")
public interface ReviewConfig {

    /** Base URL under which the ClaimReview documents are publicly reachable (env FACTDESK_REVIEW_PUBLIC_BASE_URL). */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    Organization organization();

    PublicSite publicSite();

    Export export();

    interface Export {
        /**
         * Rows per query and per written chunk of the streamed CSV exports: the memory an export holds at once
         * (500 rows are about 200 KB of CSV and a few milliseconds of PostgreSQL).
         */
        @WithDefault("500")
        int chunkRows();
    }

    interface PublicSite {
        /**
         * Whether the public read model names who researched and who approved each version. Off by default:
         * reviewers are often not public figures, and some newsrooms protect them (env FACTDESK_PUBLIC_SHOW_REVIEWERS).
         */
        @WithDefault("false")
        boolean showReviewers();

        /** Most entries of the sitemap index; the sitemap protocol allows 50,000 URLs per file. */
        @WithDefault("50000")
        int indexLimit();
    }

    interface Organization {
        /** ClaimReview author organisation name (env FACTDESK_REVIEW_ORGANIZATION_NAME). */
        @WithDefault("Factdesk")
        String name();

        /** ClaimReview author organisation URL (env FACTDESK_REVIEW_ORGANIZATION_URL). */
        @WithDefault("http://localhost:8080")
        String url();
    }
}
