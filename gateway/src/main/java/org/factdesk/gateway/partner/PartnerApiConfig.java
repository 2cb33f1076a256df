package org.factdesk.gateway.partner;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The partner API (/partner/v1): machines reading published fact-checks with client-credentials tokens. */
@ConfigMapping(prefix = "factdesk.partner-api")
public interface PartnerApiConfig {

    RateLimit rateLimit();

    interface RateLimit {
        /**
         * Requests one partner client (the token's {@code azp}) may make per {@link #window()}; past them it gets
         * 429 with Retry-After (env FACTDESK_PARTNER_RATE_LIMIT).
         */
        @WithDefault("600")
        int requests();

        /** Window over which {@link #requests()} refill, continuously (token bucket). */
        @WithDefault("1m")
        Duration window();

        /**
         * Partner clients tracked at once; beyond it, new ones share one bucket. Only tokens that passed
         * verification count, so this bounds memory against a realm with very many partner clients.
         */
        @WithDefault("10000")
        int maxClients();
    }
}
