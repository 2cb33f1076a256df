package org.factdesk.article.rest;

/** Realm roles from deploy/local/keycloak/factdesk-realm.json. */
final class Roles {

    static final String EDITOR = "editor";
    static final String REVIEWER = "reviewer";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
