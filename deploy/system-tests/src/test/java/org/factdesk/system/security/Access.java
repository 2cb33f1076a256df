package org.factdesk.system.security;

import java.util.Set;

/** Who may call an endpoint: nobody signed in (public), any signed-in user, or the holders of some roles. */
record Access(boolean isPublic, Set<String> roles) {

    static final Set<String> ALL_ROLES = Set.of("editor", "reviewer", "admin");

    static Access publicAccess() {
        return new Access(true, ALL_ROLES);
    }

    static Access roles(String... roles) {
        return new Access(false, Set.of(roles));
    }

    static Access signedIn() {
        return new Access(false, ALL_ROLES);
    }
}
