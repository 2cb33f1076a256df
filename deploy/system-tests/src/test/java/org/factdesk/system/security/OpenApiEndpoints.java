package org.factdesk.system.security;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The operations a live OpenAPI document (/q/openapi?format=json on a management port) declares. */
final class OpenApiEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    private OpenApiEndpoints() {
    }

    static Set<Endpoint> parse(String document) {
        JsonNode paths;
        try {
            paths = JSON.readTree(document).path("paths");
        } catch (IOException e) {
            throw new AssertionError("OpenAPI document is not JSON: " + document, e);
        }
        Set<Endpoint> endpoints = new TreeSet<>(java.util.Comparator.comparing(Endpoint::toString));
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    endpoints.add(Endpoint.of(method, path.getKey()));
                }
            });
        }
        return endpoints;
    }
}
