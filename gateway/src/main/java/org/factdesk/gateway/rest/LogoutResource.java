package org.factdesk.gateway.rest;

import java.net.URI;

import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.gateway.security.CsrfTokens;
import org.factdesk.gateway.security.SessionEnded;
import org.factdesk.gateway.security.SignedInUser;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Signing out: a POST carrying the session's CSRF token (the UI's "Sign out" form), so no other site can sign a user
 * out with a link or an image. It ends the gateway session (its cookies) and the live streams of the session here,
 * then sends the browser to Keycloak's end-session endpoint (RP-initiated logout), which ends the SSO session and
 * sends it back to the start page.
 */
@Path("/logout")
@Authenticated
public class LogoutResource {

    /** The form field of the "Sign out" form that carries the CSRF token of /api/me. */
    static final String CSRF_FIELD = "csrf";

    private final SecurityIdentity identity;
    private final CsrfTokens csrfTokens;
    private final OidcSession session;
    private final OidcConfigurationMetadata provider;
    private final Event<SessionEnded> sessionEnded;
    private final String clientId;

    public LogoutResource(SecurityIdentity identity, CsrfTokens csrfTokens, OidcSession session,
            OidcConfigurationMetadata provider, Event<SessionEnded> sessionEnded,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        this.identity = identity;
        this.csrfTokens = csrfTokens;
        this.session = session;
        this.provider = provider;
        this.sessionEnded = sessionEnded;
        this.clientId = clientId;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign out of the gateway and of Keycloak (RP-initiated logout), then back to /")
    @APIResponse(responseCode = "303", description = "To Keycloak's end-session endpoint, which sends the browser back to /")
    @APIResponse(responseCode = "403", description = "The form did not carry the session's CSRF token (field csrf)")
    public Uni<Response> logout(@FormParam(CSRF_FIELD) String csrf, @Context UriInfo uri) {
        SignedInUser user = new SignedInUser(identity);
        if (!csrfTokens.isValid(user, csrf)) {
            return Uni.createFrom().item(problem(Response.Status.FORBIDDEN,
                    "missing or invalid CSRF token: sign out with the Sign out button (a form carrying the session's token)"));
        }
        URI endSession = UriBuilder.fromUri(provider.getEndSessionUri())
                .queryParam("client_id", clientId)
                .queryParam("id_token_hint", user.idToken().orElse(""))
                .queryParam("post_logout_redirect_uri", uri.getBaseUriBuilder().replacePath("/").build())
                .build();
        sessionEnded.fire(new SessionEnded(user.claim("sub").orElse(user.username()), user.claim("sid").orElse(null)));
        return session.logout().map(ended -> Response.seeOther(endSession).build());
    }

    /** An old bookmark or a link elsewhere gets a clear refusal, not the SPA; not part of the documented API. */
    @GET
    @Operation(hidden = true)
    public Response refuseGet() {
        return Response.fromResponse(problem(Response.Status.METHOD_NOT_ALLOWED,
                "sign out with POST /logout and the session's CSRF token in the form field csrf (the Sign out button does)"))
                .header(HttpHeaders.ALLOW, "POST").build();
    }

    private static Response problem(Response.Status status, String detail) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, "/logout").toBuffer().toString())
                .build();
    }
}
