package org.factdesk.system.security;

import java.util.Set;
import java.util.UUID;

/** One operation of a service's API: method and the path template of its OpenAPI document. */
record Endpoint(String method, String path) {

    static Endpoint of(String method, String path) {
        return new Endpoint(method.toUpperCase(java.util.Locale.ROOT), path);
    }

    boolean changesState() {
        return Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
    }

    /** The path with every template variable filled with an id that exists nowhere. */
    String concretePath() {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
