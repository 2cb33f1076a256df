package org.factdesk.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.gateway.rest.Problem;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers unauthenticated calls under /api/ (and the partner API's under /partner/) with 401 problem+json instead
 * of the login redirect: fetch() would follow a redirect to Keycloak's login page and choke on it, while a 401 tells the UI to
 * reload the page, which
 * starts the login. It authenticates nobody itself; browser navigation still gets the OIDC redirect, because this
 * mechanism declines the challenge there and the OIDC mechanism (lower priority) sends it.
 */
@ApplicationScoped
public class ApiChallengeMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    static final String PARTNER_PREFIX = "/partner/";
    static final String PARTNER_TOKEN_REQUIRED = "a valid access token of a partner client is required "
            + "(client credentials grant; audience factdesk-partner-api)";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isPartnerCall(context)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
        }
        return isApiCall(context)
                ? Uni.createFrom().item(new ChallengeData(401, null, null))
                : Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (isPartnerCall(context)) {
            sendPartnerChallenge(context);
            return Uni.createFrom().item(true);
        }
        if (!isApiCall(context)) {
            return Uni.createFrom().item(false);
        }
        new Problem(401, "Unauthorized", "sign-in required: the session is missing or has expired",
                context.request().path()).send(context.response());
        return Uni.createFrom().item(true);
    }

    @Override
    public int getPriority() {
        // Above the OIDC mechanism (1001), so it gets the first say on the challenge.
        return DEFAULT_PRIORITY + 100;
    }

    /** Machines: the bearer challenge of RFC 6750, with a body that says what is missing. */
    public static void sendPartnerChallenge(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        new Problem(401, "Unauthorized", PARTNER_TOKEN_REQUIRED, context.request().path()).send(context.response());
    }

    static boolean isPartnerCall(RoutingContext context) {
        return context.normalizedPath().startsWith(PARTNER_PREFIX);
    }

    static boolean isApiCall(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith(API_PREFIX) || path.equals("/api");
    }
}
