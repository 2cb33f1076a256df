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

    /**
     * What a client of the endpoint asks for: the CSV exports serve text/csv only and, like every JAX-RS endpoint,
     * answer a client that accepts nothing they can produce with 406 before anything else; their refusals are
     * problem+json.
     */
    String accept() {
        return path.endsWith(".csv") ? "text/csv, application/problem+json" : "application/json";
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
