package org.factdesk.review.domain;

import java.util.Set;

/**
 * Who acts: {@code id} is the token's subject, the stable identity every rule compares; {@code name} (the
 * preferred_username) is for display only, since a user can change it.
 */
public record Actor(String id, String name, Set<String> roles) {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /**
     * Whether this actor is the person recorded as {@code otherId}/{@code otherName}. Rows written before identities
     * were recorded by subject carry only the name; for them the name is all there is to compare.
     */
    public boolean is(String otherId, String otherName) {
        if (otherId != null) {
            return otherId.equals(id);
        }
        return otherName != null && otherName.equals(name);
    }

    /** The desk authority this actor holds beyond reviewing (admin before editor), or null. */
    public String authority() {
        if (roles.contains(ADMIN)) {
            return ADMIN;
        }
        return roles.contains(EDITOR) ? EDITOR : null;
    }
}
