package org.factdesk.system.security;

import java.util.Set;

/**
 * Who may call an endpoint: nobody signed in (public), any signed-in user, or the holders of some roles; and
 * whether the gateway routes it at all (the public read model is for the gateway's own service account only).
 */
record Access(boolean isPublic, Set<String> roles, boolean gatewayRouted) {

    static final Set<String> ALL_ROLES = Set.of("editor", "reviewer", "admin");

    static Access publicAccess() {
        return new Access(true, ALL_ROLES, true);
    }

    static Access roles(String... roles) {
        return new Access(false, Set.of(roles), true);
    }

    static Access signedIn() {
        return new Access(false, ALL_ROLES, true);
    }

    /** Only a service account with this role; no user role passes, and the gateway does not route it. */
    static Access serviceAccount(String role) {
        return new Access(false, Set.of(role), false);
    }
}
