package org.factdesk.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.gateway.security.CsrfTokens;
import org.factdesk.gateway.security.SignedInUser;
import org.jboss.resteasy.reactive.NoCache;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/me")
@Authenticated
public class MeResource {

    private final SecurityIdentity identity;
    private final CsrfTokens csrfTokens;

    public MeResource(SecurityIdentity identity, CsrfTokens csrfTokens) {
        this.identity = identity;
        this.csrfTokens = csrfTokens;
    }

    @GET
    @NoCache
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who is signed in, with which roles, and the CSRF token of the session")
    @APIResponse(responseCode = "200", description = "The signed-in user")
    @APIResponse(responseCode = "401", description = "No session (the UI reloads the page to sign in)")
    public Me me() {
        SignedInUser user = new SignedInUser(identity);
        return new Me(user.username(), user.claim("name").orElse(user.username()), user.claim("email").orElse(null),
                user.roles(), csrfTokens.tokenFor(user).orElse(null));
    }
}
