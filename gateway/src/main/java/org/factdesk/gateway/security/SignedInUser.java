package org.factdesk.gateway.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/** The signed-in browser user as the OIDC session presents it: ID token claims, realm roles, access token. */
public record SignedInUser(SecurityIdentity identity) {

    /** The roles the Factdesk UI and services know about; other realm roles (defaults) are left out. */
    public static final Set<String> FACTDESK_ROLES = Set.of("editor", "reviewer", "admin");

    /** The user authenticated on this request, if any (authentication is proactive, so it ran before us). */
    public static Optional<SignedInUser> of(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? Optional.of(new SignedInUser(user.getSecurityIdentity()))
                : Optional.empty();
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(FACTDESK_ROLES);
        return roles;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** A claim of the ID token (the principal of a code-flow session). */
    public Optional<String> claim(String name) {
        return identity.getPrincipal() instanceof JsonWebToken token
                ? Optional.ofNullable(token.getClaim(name)).map(Object::toString)
                : Optional.empty();
    }

    /** The ID token as issued (the hint Keycloak's end-session endpoint needs to end this session). */
    public Optional<String> idToken() {
        return identity.getPrincipal() instanceof JsonWebToken token ? Optional.ofNullable(token.getRawToken())
                : Optional.empty();
    }

    /** Expiry of the ID token, in epoch seconds. */
    public long expiresAt() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getExpirationTime() : 0;
    }

    /** The access token to relay to the services (already refreshed by Quarkus OIDC if it was expiring). */
    public Optional<String> accessToken() {
        return Optional.ofNullable(identity.getCredential(AccessTokenCredential.class))
                .map(AccessTokenCredential::getToken);
    }
}
