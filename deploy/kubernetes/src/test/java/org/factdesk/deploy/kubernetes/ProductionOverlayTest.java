package org.factdesk.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** What production needs beyond running: redundancy, autoscaling, disruption budgets, spreading, isolation. */
class ProductionOverlayTest {

    static final List<String> SERVICES = Workload.SERVICES;

    @Test
    void productionGatewayMayNotStartWithDevelopmentSecrets() {
        assertFalse(Workload.of("prod", "gateway").environment().containsKey("FACTDESK_ALLOW_DEV_SECRETS"),
                "prod must not allow the development secrets (DevSecretGuard)");
        assertEquals("true", Workload.of("dev", "gateway").environment().get("FACTDESK_ALLOW_DEV_SECRETS"),
                "the dev overlay runs with the development secrets");
    }

    /**
     * TLS ends at the Ingress: the production gateway trusts forwarded headers (from the controller's pod network
     * only), so its redirect URIs are https as the realm requires, and the controller buffers the login's session
     * cookies (gateway TlsProxyIT proves both against a real nginx). The dev overlay has no proxy in front.
     */
    @Test
    void productionGatewayTrustsTheIngressForwardedHeadersAndTheIngressBuffersTheSessionCookies() {
        Map<String, String> prod = Workload.of("prod", "gateway").environment();
        assertEquals("true", prod.get("FACTDESK_BEHIND_PROXY"));
        assertFalse(prod.getOrDefault("FACTDESK_TRUSTED_PROXIES", "").isBlank(),
                "the trusted proxies are named; without them Quarkus would trust every peer");
        assertEquals("true", prod.get("FACTDESK_COOKIE_SECURE"));
        String bufferSize = Kustomize.one("prod", "Ingress", "gateway").path("metadata").path("annotations")
                .path("nginx.ingress.kubernetes.io/proxy-buffer-size").asText("4k");
        assertTrue(bufferSize.matches("\\d+k") && Integer.parseInt(bufferSize.replace("k", "")) >= 16,
                "the Ingress' response-header buffer holds the session cookies: " + bufferSize);
        assertEquals("false", Workload.of("dev", "gateway").environment().get("FACTDESK_BEHIND_PROXY"),
                "dev is reached through kubectl port-forward, no proxy sets the headers");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void serviceRunsRedundantlyAutoscalesOnCpuAndSurvivesDrains(String service) {
        JsonNode deployment = Kustomize.one("prod", "Deployment", service);
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        assertTrue(deployment.path("spec").path("replicas").asInt() >= 2, service + " replicas");
        assertEquals(0, deployment.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1),
                service + " rolls out without losing capacity");

        JsonNode hpa = Kustomize.one("prod", "HorizontalPodAutoscaler", service).path("spec");
        assertEquals("Deployment", hpa.path("scaleTargetRef").path("kind").asText());
        assertEquals(service, hpa.path("scaleTargetRef").path("name").asText());
        assertTrue(hpa.path("minReplicas").asInt() >= 2 && hpa.path("maxReplicas").asInt() > hpa.path("minReplicas").asInt());
        assertEquals("cpu", hpa.path("metrics").get(0).path("resource").path("name").asText());
        assertFalse(Workload.of("prod", service).container().path("resources").path("requests").path("cpu").isMissingNode(),
                "CPU utilisation needs a CPU request");

        JsonNode pdb = Kustomize.one("prod", "PodDisruptionBudget", service).path("spec");
        assertTrue(pdb.path("minAvailable").asInt() >= 1);
        pdb.path("selector").path("matchLabels").fields()
                .forEachRemaining(
                        e -> assertEquals(e.getValue(), podLabels.path(e.getKey()), service + " PDB selects its pods"));

        JsonNode antiAffinity = deployment.path("spec").path("template").path("spec").path("affinity").path("podAntiAffinity");
        JsonNode term = antiAffinity.path("preferredDuringSchedulingIgnoredDuringExecution").get(0).path("podAffinityTerm");
        assertEquals("kubernetes.io/hostname", term.path("topologyKey").asText());
        term.path("labelSelector").path("matchLabels")
                .fields().forEachRemaining(e -> assertEquals(e.getValue(), podLabels.path(e.getKey()),
                        service + " anti-affinity selects its pods"));
    }

    @Test
    void dataServicesAreReplicatedThreeWays() {
        JsonNode pool = Kustomize.one("prod", "KafkaNodePool", "dual-role").path("spec");
        assertEquals(3, pool.path("replicas").asInt(), "3 KRaft brokers/controllers");
        JsonNode kafka = Kustomize.one("prod", "Kafka", "factdesk");
        assertEquals("enabled", kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText());
        assertTrue(kafka.path("spec").path("zookeeper").isMissingNode(), "KRaft, no ZooKeeper");
        assertEquals(3, kafka.path("spec").path("kafka").path("config").path("default.replication.factor").asInt());
        for (JsonNode topic : Kustomize.ofKind("prod", "KafkaTopic")) {
            assertEquals(3, topic.path("spec").path("replicas").asInt(), topic.path("metadata").path("name").asText());
        }
        for (JsonNode cluster : Kustomize.ofKind("prod", "Cluster")) {
            assertEquals(3, cluster.path("spec").path("instances").asInt(), cluster.path("metadata").path("name").asText());
        }
        assertTrue(Kustomize.one("prod", "Keycloak", "factdesk-keycloak").path("spec").path("instances").asInt() >= 2);
    }

    @Test
    void onlyTheGatewayIsExposedAndOnlyOverTls() {
        List<JsonNode> ingresses = Kustomize.ofKind("prod", "Ingress");
        assertEquals(1, ingresses.size());
        JsonNode spec = ingresses.get(0).path("spec");
        assertEquals("gateway", spec.path("rules").get(0).path("http").path("paths").get(0).path("backend").path("service")
                .path("name").asText());
        assertEquals(spec.path("rules").get(0).path("host"), spec.path("tls").get(0).path("hosts").get(0),
                "the host is served with TLS");
        for (JsonNode service : Kustomize.ofKind("prod", "Service")) {
            assertEquals("ClusterIP", service.path("spec").path("type").asText("ClusterIP"),
                    service.path("metadata").path("name").asText());
        }
    }

    @Test
    void thePublicSiteIsRoutedThroughTheGatewaysIngressAndTheReviewServiceStaysPrivate() {
        JsonNode rule = Kustomize.one("prod", "Ingress", "gateway").path("spec").path("rules").get(0);
        java.util.Map<String, String> routes = new java.util.LinkedHashMap<>();
        for (JsonNode path : rule.path("http").path("paths")) {
            routes.put(path.path("path").asText() + " " + path.path("pathType").asText(),
                    path.path("backend").path("service").path("name").asText());
        }
        assertEquals("gateway", routes.get("/fact-checks Prefix"), "pages, feeds and embed cards");
        assertEquals("gateway", routes.get("/sitemap.xml Exact"));
        assertEquals("gateway", routes.get("/robots.txt Exact"));
        assertEquals(java.util.Set.of("gateway"), java.util.Set.copyOf(routes.values()),
                "no service behind the gateway: " + routes);
        for (JsonNode ingress : Kustomize.ofKind("prod", "Ingress")) {
            assertTrue(!ingress.toString().contains("review-service"), "the review-service has no Ingress");
        }
        // Canonical URLs, feeds and the ClaimReview url of the events all name the public host.
        String publicUrl = "https://" + rule.path("host").asText();
        assertEquals(publicUrl,
                Kustomize.one("prod", "ConfigMap", "gateway-config").path("data").path("FACTDESK_PUBLIC_BASE_URL").asText());
        assertEquals(publicUrl, Kustomize.one("prod", "ConfigMap", "review-service-config").path("data")
                .path("FACTDESK_REVIEW_PUBLIC_BASE_URL").asText());
    }

    @Test
    void servicesAcceptOnlyTheGatewayAndDatabasesOnlyTheirService() {
        for (String service : List.of("article-service", "review-service")) {
            JsonNode policy = Kustomize.one("prod", "NetworkPolicy", service).path("spec");
            assertEquals(service, policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertEquals(1, policy.path("ingress").size(), service + " has one ingress rule");
            JsonNode from = policy.path("ingress").get(0).path("from");
            assertEquals(1, from.size());
            assertEquals("gateway",
                    from.get(0).path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertTrue(from.get(0).path("namespaceSelector").isMissingNode(), "only the gateway of this namespace");

            String secret = Workload.of("prod", service).secretKeyRef("FACTDESK_DB_HOST").path("name").asText();
            String cluster = secret.substring(0, secret.length() - "-app".length());
            JsonNode db = Kustomize.one("prod", "NetworkPolicy", cluster).path("spec");
            assertEquals(cluster, db.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText());
            for (JsonNode rule : db.path("ingress")) {
                boolean postgresPort = rule.path("ports").toString().contains("\"port\":5432");
                if (!postgresPort) {
                    continue;
                }
                for (JsonNode peer : rule.path("from")) {
                    JsonNode labels = peer.path("podSelector").path("matchLabels");
                    assertTrue(
                            service.equals(labels.path("app.kubernetes.io/name").asText())
                                    || cluster.equals(labels.path("cnpg.io/cluster").asText()),
                            cluster + " accepts PostgreSQL connections only from " + service + " and its own instances: "
                                    + peer);
                    assertTrue(peer.path("namespaceSelector").isMissingNode(), cluster + ": " + peer);
                }
            }
        }
    }
}
