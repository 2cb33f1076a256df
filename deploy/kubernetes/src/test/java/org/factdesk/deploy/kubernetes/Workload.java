package org.factdesk.deploy.kubernetes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A service's rendered Deployment in one overlay, and the environment its container gets. */
record Workload(String overlay, String service, JsonNode deployment) {

    static final List<String> SERVICES = List.of("article-service", "review-service", "gateway");

    static Workload of(String overlay, String service) {
        return new Workload(overlay, service, Kustomize.one(overlay, "Deployment", service));
    }

    JsonNode podSpec() {
        return deployment.path("spec").path("template").path("spec");
    }

    JsonNode container() {
        for (JsonNode c : podSpec().path("containers")) {
            if (service.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError(overlay + "/" + service + ": no container named " + service);
    }

    /**
     * Every variable the container gets, from env and from the ConfigMaps in envFrom; the value is the
     * literal one, or null when it comes from a Secret (known only in the cluster).
     */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container().path("envFrom")) {
            if (from.has("configMapRef")) {
                JsonNode data = Kustomize.one(overlay, "ConfigMap", from.path("configMapRef").path("name").asText())
                        .path("data");
                data.fieldNames().forEachRemaining(k -> env.put(k, data.path(k).asText()));
            } else {
                throw new AssertionError(overlay + "/" + service + ": envFrom only from ConfigMaps, secrets by key: " + from);
            }
        }
        for (JsonNode var : container().path("env")) {
            env.put(var.path("name").asText(), var.has("value") ? var.path("value").asText() : null);
        }
        return env;
    }

    /** Literal values only, as ServiceConfig resolves expressions with them. */
    Map<String, String> literalEnvironment() {
        Map<String, String> literal = new LinkedHashMap<>();
        environment().forEach((k, v) -> {
            if (v != null) {
                literal.put(k, v);
            }
        });
        return literal;
    }

    JsonNode secretKeyRef(String variable) {
        for (JsonNode var : container().path("env")) {
            if (variable.equals(var.path("name").asText())) {
                return var.path("valueFrom").path("secretKeyRef");
            }
        }
        throw new AssertionError(overlay + "/" + service + " sets no " + variable);
    }

    int containerPort(JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : container().path("ports")) {
            if (port.asText().equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        throw new AssertionError(overlay + "/" + service + ": no container port named " + port.asText());
    }

    @Override
    public String toString() {
        return overlay + "/" + service;
    }
}
