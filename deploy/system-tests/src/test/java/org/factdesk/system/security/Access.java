package org.factdesk.system.security;

import java.util.Set;

/**
 * Who may call an endpoint: nobody signed in (public), any signed-in user, or the holders of some roles; and
 * whether the gateway routes it at all (the public read model is for the gateway's own service account only).
 */
record Access(boolean isPublic, Set<String> roles, boolean gatewayRouted, boolean partnerApi) {

    static final Set<String> ALL_ROLES = Set.of("editor", "reviewer", "admin");

    static Access publicAccess() {
        return new Access(true, ALL_ROLES, true, false);
    }

    static Access roles(String... roles) {
        return new Access(false, Set.of(roles), true, false);
    }

    static Access signedIn() {
        return new Access(false, ALL_ROLES, true, false);
    }

    /** Only a service account with this role; no user role passes, and the gateway does not route it. */
    static Access serviceAccount(String role) {
        return new Access(false, Set.of(role), false, false);
    }

    /**
     * The partner API's public OpenAPI document: anyone, but a bearer token there is the partner tenant's to verify, so
     * only a good partner token (or none) passes.
     */
    static Access partnerDocument() {
        return new Access(true, ALL_ROLES, true, true);
    }

    /** The partner API at the gateway: a partner client's bearer token only; sessions and other tokens are nobody. */
    static Access partnerClients() {
        return new Access(false, Set.of("partner"), true, true);
    }
}
