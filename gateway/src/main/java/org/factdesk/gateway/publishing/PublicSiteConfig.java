package org.factdesk.gateway.publishing;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public fact-check site: its address, the organisation behind it, caching and rate limits. */
@ConfigMapping(prefix = "factdesk.public-site")
public interface PublicSiteConfig {

    /**
     * Public base URL of the site (scheme, host, optional path, no trailing slash), as readers and search engines
     * reach it: canonical URLs, feeds, sitemap, oEmbed and ClaimReview url are built from it, never from the
     * request's Host header, so a forged Host cannot poison cached pages (env FACTDESK_PUBLIC_BASE_URL).
     */
    String baseUrl();

    Organization organization();

    Cache cache();

    RateLimit rateLimit();

    interface Organization {
        /** Name of the fact-checking organisation: page titles, feeds, ClaimReview author (env FACTDESK_ORGANIZATION_NAME). */
        String name();

        /** Home page of the organisation: ClaimReview author url (env FACTDESK_ORGANIZATION_URL). */
        String url();

        /** Absolute URL of the organisation's logo: ClaimReview author logo and og:image (env FACTDESK_ORGANIZATION_LOGO). */
        Optional<String> logo();
    }

    interface Cache {
        /** How long browsers and shared caches may reuse a page or feed before revalidating it with its ETag. */
        @WithDefault("60s")
        Duration maxAge();

        /**
         * Bytes of rendered pages and feeds the gateway keeps to answer readers without asking the review-service
         * (env FACTDESK_PUBLIC_RENDERED_CACHE). Least used pages go first past it.
         */
        @WithDefault("32M")
        MemorySize renderedBytes();

        /**
         * Longest a rendered page is reused. Publications and corrections empty the cache at once (their
         * verdicts.published event); this bounds staleness for anything that changes without one, or while Kafka is
         * unreachable. At most max-age, which browsers and shared caches may add on top.
         */
        @WithDefault("30s")
        Duration renderedTimeToLive();
    }

    interface RateLimit {
        /**
         * Requests one client (IP address) may make per {@link #window()}; past them it gets 429 (env
         * FACTDESK_PUBLIC_RATE_LIMIT).
         */
        @WithDefault("300")
        int requests();

        /** Window over which {@link #requests()} refill, continuously (token bucket). */
        @WithDefault("1m")
        Duration window();

        /**
         * Clients tracked at once. Beyond it, new clients share one bucket, so a flood from many addresses costs
         * bounded memory and is throttled as one.
         */
        @WithDefault("100000")
        int maxClients();
    }
}
