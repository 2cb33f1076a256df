package org.factdesk.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.gateway.security.ApiChallengeMechanism;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A token that fails verification on the partner API (wrong audience, issuer or signature, expired) gets the same
 * 401 problem+json with a Bearer challenge as a missing one (ApiChallengeMechanism), instead of an empty 401.
 */
@ApplicationScoped
public class PartnerAuthenticationFailures {

    void register(@Observes Router router) {
        router.route("/partner/*").failureHandler(this::failed);
    }

    private void failed(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || context.response().headWritten()) {
            context.next();
            return;
        }
        ApiChallengeMechanism.sendPartnerChallenge(context);
    }
}
