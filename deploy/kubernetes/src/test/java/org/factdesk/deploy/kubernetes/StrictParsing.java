package org.factdesk.deploy.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keycloak.representations.idm.RealmRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Parses a rendered document as the type the cluster will read it as, and fails on anything that type
 * does not know.
 * <ul>
 * <li>Kubernetes and Strimzi types: the fabric8 and Strimzi Java models. Both keep unknown fields in an
 * additionalProperties map instead of failing, so every object of the parsed tree is walked and a
 * non-empty map is an error; wrong value types and unknown enum values fail in Jackson.</li>
 * <li>CloudNativePG Cluster, Keycloak and KeycloakRealmImport: no Java model is published, so each has a
 * JSON Schema here (src/test/resources/schemas) written from the operators' CRDs for the fields these
 * manifests use, with additionalProperties false everywhere: a field outside it fails, even if the CRD
 * would accept it.</li>
 * <li>The realm inside the KeycloakRealmImport: Keycloak's own RealmRepresentation, unknown fields fail.</li>
 * </ul>
 */
final class StrictParsing {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class));

    private static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.schema.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak.schema.json",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloak-realm-import.schema.json");

    private StrictParsing() {
    }

    /** The problems found in one document; empty when it parses strictly as its type. */
    static List<String> problems(JsonNode document) {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<? extends HasMetadata> model = MODELS.get(type);
        if (model != null) {
            return modelProblems(document, model);
        }
        String schema = SCHEMAS.get(type);
        if (schema != null) {
            List<String> problems = schemaProblems(document, schema);
            if (type.endsWith("/KeycloakRealmImport") && document.path("spec").has("realm")) {
                problems.addAll(realmProblems(document.path("spec").path("realm")));
            }
            return problems;
        }
        return List.of("no strict type is known for " + type);
    }

    static List<String> modelProblems(JsonNode document, Class<? extends HasMetadata> model) {
        HasMetadata parsed;
        try {
            parsed = JSON.treeToValue(document, model);
        } catch (IOException | IllegalArgumentException e) {
            return List.of("does not parse as " + model.getSimpleName() + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        walk(parsed, model.getSimpleName(), problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return problems;
    }

    static List<String> schemaProblems(JsonNode document, String schemaName) {
        JsonSchema schema = schema(schemaName);
        Set<ValidationMessage> messages = schema.validate(document);
        return new ArrayList<>(messages.stream().map(ValidationMessage::getMessage).sorted().toList());
    }

    static List<String> realmProblems(JsonNode realm) {
        try {
            JSON.treeToValue(realm, RealmRepresentation.class);
            return new ArrayList<>();
        } catch (IOException | IllegalArgumentException e) {
            return new ArrayList<>(List.of("realm does not parse as Keycloak's RealmRepresentation: " + e.getMessage()));
        }
    }

    private static JsonSchema schema(String name) {
        try (InputStream in = StrictParsing.class.getResourceAsStream("/schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + name);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reports every non-empty additionalProperties map in the object tree of a fabric8 or Strimzi model. */
    private static void walk(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", problems, seen));
            return;
        }
        if (!isModel(value.getClass())) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (property.equals("additionalProperties")) {
                if (child instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + unknown.keySet());
                }
            } else {
                walk(child, path + "." + property, problems, seen);
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.kubernetes.api.model") || name.startsWith("io.strimzi.api");
    }
}
