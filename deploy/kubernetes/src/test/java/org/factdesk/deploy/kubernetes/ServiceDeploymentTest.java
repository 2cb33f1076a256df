package org.factdesk.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The services' Deployments against the services' own configuration, read from the repository. */
class ServiceDeploymentTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    static Stream<Arguments> workloads() {
        return Kustomize.OVERLAYS.stream()
                .flatMap(overlay -> Workload.SERVICES.stream().map(service -> Arguments.of(Workload.of(overlay, service))));
    }

    private static ServiceConfig config(Workload workload) {
        return ServiceConfig.of(workload.service());
    }

    /** The port SmallRye Health answers on: the management interface's when it is enabled, else HTTP's. */
    private static int healthPort(ServiceConfig config, Map<String, String> env) {
        if (Boolean.parseBoolean(config.value("quarkus.management.enabled", env, "false"))) {
            return Integer.parseInt(config.value("quarkus.management.port", env, "9000"));
        }
        return Integer.parseInt(config.value("quarkus.http.port", env, "8080"));
    }

    private static String healthPath(ServiceConfig config, Map<String, String> env, String check, String defaultPath) {
        String root = Boolean.parseBoolean(config.value("quarkus.management.enabled", env, "false"))
                ? config.value("quarkus.management.root-path", env, "/q")
                : under(config.value("quarkus.http.root-path", env, "/"),
                        config.value("quarkus.http.non-application-root-path", env, "q"));
        String health = under(root, config.value("quarkus.smallrye-health.root-path", env, "health"));
        return under(health, config.value("quarkus.smallrye-health." + check, env, defaultPath));
    }

    /** Quarkus' rule for its paths: a leading slash makes a path absolute, otherwise it is relative to its parent. */
    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + path;
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void probesUseTheServicesSmallRyeHealthPathsAndPort(Workload workload) {
        ServiceConfig config = config(workload);
        Map<String, String> env = workload.literalEnvironment();
        JsonNode container = workload.container();
        Map<String, String[]> probes = Map.of(
                "startupProbe", new String[] { "startup-path", "started" },
                "livenessProbe", new String[] { "liveness-path", "live" },
                "readinessProbe", new String[] { "readiness-path", "ready" });
        probes.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertFalse(get.isMissingNode(), workload + " has an HTTP " + probe);
            assertEquals(healthPath(config, env, path[0], path[1]), get.path("path").asText(),
                    workload + " " + probe + " path");
            assertEquals(healthPort(config, env), workload.containerPort(get.path("port")), workload + " " + probe + " port");
        });
        int httpPort = Integer.parseInt(config.value("quarkus.http.port", env, "8080"));
        assertEquals(httpPort, workload.containerPort(Kustomize.one(workload.overlay(), "Service", workload.service())
                .path("spec").path("ports").get(0).path("targetPort")), workload + ": the Service targets the HTTP port");
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void managementEndpointsAreOnlyOnTheManagementPortAndNeverExposed(Workload workload) {
        ServiceConfig config = config(workload);
        Map<String, String> env = workload.literalEnvironment();
        assertTrue(Boolean.parseBoolean(config.value("quarkus.management.enabled", env, "false")),
                workload + ": health, metrics and OpenAPI are on the management interface");
        int httpPort = Integer.parseInt(config.value("quarkus.http.port", env, "8080"));
        int managementPort = Integer.parseInt(config.value("quarkus.management.port", env, "9000"));
        assertNotEquals(httpPort, managementPort, workload + ": the management port is not the HTTP port");
        assertEquals(Set.of(httpPort, managementPort), containerPorts(workload.container()),
                workload + " declares its HTTP and management ports, no other");
        JsonNode container = workload.container();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals(managementPort, workload.containerPort(container.path(probe).path("httpGet").path("port")),
                    workload + " " + probe + " asks the management port, never the application port");
        }
        for (JsonNode service : Kustomize.ofKind(workload.overlay(), "Service")) {
            if (service.path("spec").path("selector").path("app.kubernetes.io/name").asText().equals(workload.service())) {
                for (JsonNode port : service.path("spec").path("ports")) {
                    assertNotEquals(managementPort, workload.containerPort(port.path("targetPort")),
                            workload + ": Service " + service.path("metadata").path("name").asText()
                                    + " exposes the management port");
                }
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noIngressRoutesTheManagementEndpoints(String overlay) {
        List<JsonNode> ingresses = Kustomize.ofKind(overlay, "Ingress");
        for (JsonNode ingress : ingresses) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    String name = overlay + " Ingress " + ingress.path("metadata").path("name").asText() + " "
                            + path.path("path").asText();
                    assertFalse(path.path("path").asText().startsWith("/q"), name + " routes /q");
                    JsonNode backend = path.path("backend").path("service");
                    JsonNode service = Kustomize.one(overlay, "Service", backend.path("name").asText());
                    Workload workload = Workload.of(overlay,
                            service.path("spec").path("selector").path("app.kubernetes.io/name").asText());
                    int managementPort = Integer.parseInt(
                            config(workload).value("quarkus.management.port", workload.literalEnvironment(), "9000"));
                    for (JsonNode port : service.path("spec").path("ports")) {
                        boolean used = backend.path("port").has("name")
                                ? backend.path("port").path("name").asText().equals(port.path("name").asText())
                                : backend.path("port").path("number").asInt() == port.path("port").asInt();
                        if (used) {
                            assertNotEquals(managementPort, workload.containerPort(port.path("targetPort")),
                                    name + " reaches the management port");
                        }
                    }
                }
            }
        }
    }

    private static Set<Integer> containerPorts(JsonNode container) {
        Set<Integer> ports = new TreeSet<>();
        container.path("ports").forEach(port -> ports.add(port.path("containerPort").asInt()));
        return ports;
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void everyEnvironmentVariableIsReadByTheService(Workload workload) {
        ServiceConfig config = config(workload);
        List<String> unread = new ArrayList<>();
        for (String variable : workload.environment().keySet()) {
            if (config.reads(variable).isEmpty()) {
                unread.add(variable);
            }
        }
        assertEquals(List.of(), unread, workload + " sets variables that map to no configuration the service reads "
                + "(neither a ${NAME} expression nor a property of " + workload.service()
                + "/src/main/resources/application.properties, "
                + "nor a Kafka client setting)");
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void podIsHardenedAndShutsDownGracefully(Workload workload) {
        JsonNode pod = workload.podSpec();
        JsonNode container = workload.container();
        JsonNode security = container.path("securityContext");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), workload + " runAsNonRoot");
        assertTrue(pod.path("securityContext").path("runAsUser").asInt() > 0, workload + " runs as a non-zero uid");
        assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText());
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), workload + " read-only root filesystem");
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), workload + " no privilege escalation");
        assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), workload + " drops all capabilities");
        assertTrue(security.path("capabilities").path("add").isMissingNode(), workload + " adds no capability");
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), workload + " mounts no API token");
        int preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt();
        assertTrue(preStop > 0, workload + " waits in preStop until endpoints drop it");
        assertTrue(pod.path("terminationGracePeriodSeconds").asInt() >= preStop + 20,
                workload + " leaves Quarkus time to finish requests");
        assertTrue(container.path("volumeMounts").toString().contains("\"/tmp\""), workload + " has a writable /tmp");
        JsonNode resources = container.path("resources");
        for (String bound : List.of("requests", "limits")) {
            assertFalse(resources.path(bound).path("memory").isMissingNode(), workload + " memory " + bound);
            assertFalse(resources.path(bound).path("cpu").isMissingNode(), workload + " cpu " + bound);
        }
        assertEquals(resources.path("requests").path("memory"), resources.path("limits").path("memory"),
                workload + ": a JVM's memory request equals its limit (no overcommit, no OOM kill under load)");
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void databaseCredentialsComeFromTheServicesOwnCloudNativePgCluster(Workload workload) {
        ServiceConfig config = config(workload);
        if (!config.properties.containsKey("factdesk.db.name")) {
            return;
        }
        Map<String, String> keys = Map.of("FACTDESK_DB_HOST", "host", "FACTDESK_DB_PORT", "port", "FACTDESK_DB_NAME", "dbname",
                "FACTDESK_DB_USER", "username", "FACTDESK_DB_PASSWORD", "password");
        Set<String> secrets = new TreeSet<>();
        keys.forEach((variable, key) -> {
            JsonNode ref = workload.secretKeyRef(variable);
            assertEquals(key, ref.path("key").asText(), workload + " " + variable);
            secrets.add(ref.path("name").asText());
        });
        assertEquals(1, secrets.size(), workload + " reads all database settings from one Secret");
        String secret = secrets.iterator().next();
        assertTrue(secret.endsWith("-app"), workload + ": CloudNativePG's application Secret <cluster>-app");
        JsonNode cluster = Kustomize.one(workload.overlay(), "Cluster", secret.substring(0, secret.length() - "-app".length()));
        assertEquals(config.properties.get("factdesk.db.name"),
                cluster.path("spec").path("bootstrap").path("initdb").path("database").asText(),
                workload + ": the cluster creates the database the service uses locally");
        assertEquals(config.properties.get("factdesk.db.user"),
                cluster.path("spec").path("bootstrap").path("initdb").path("owner").asText());
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void kafkaConnectionMatchesTheClusterAndTheServicesKafkaUser(Workload workload) {
        ServiceConfig config = config(workload);
        if (!config.usesKafka()) {
            return;
        }
        Map<String, String> env = workload.literalEnvironment();
        JsonNode kafka = Kustomize.ofKind(workload.overlay(), "Kafka").get(0);
        String cluster = kafka.path("metadata").path("name").asText();
        String bootstrap = config.value("kafka.bootstrap.servers", env).orElseThrow();
        JsonNode listener = null;
        for (JsonNode l : kafka.path("spec").path("kafka").path("listeners")) {
            if (bootstrap.equals(cluster + "-kafka-bootstrap:" + l.path("port").asInt())) {
                listener = l;
            }
        }
        assertNotNull(listener, workload + ": bootstrap " + bootstrap + " is no listener of Kafka " + cluster);
        assertTrue(listener.path("tls").asBoolean(), workload + " talks TLS");
        assertEquals("SASL_SSL", env.get("KAFKA_SECURITY_PROTOCOL"));
        assertEquals(listener.path("authentication").path("type").asText().toUpperCase(), env.get("KAFKA_SASL_MECHANISM"));
        JsonNode jaas = workload.secretKeyRef("KAFKA_SASL_JAAS_CONFIG");
        assertEquals("sasl.jaas.config", jaas.path("key").asText());
        JsonNode user = Kustomize.one(workload.overlay(), "KafkaUser", jaas.path("name").asText());
        assertEquals(listener.path("authentication").path("type").asText(),
                user.path("spec").path("authentication").path("type").asText());
        assertEquals(workload.service(), user.path("metadata").path("name").asText(), workload + " uses its own KafkaUser");
        String truststore = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
        JsonNode mount = null;
        for (JsonNode m : workload.container().path("volumeMounts")) {
            if (truststore.startsWith(m.path("mountPath").asText() + "/")) {
                mount = m;
            }
        }
        assertNotNull(mount, workload + ": truststore " + truststore + " is mounted");
        for (JsonNode volume : workload.podSpec().path("volumes")) {
            if (volume.path("name").asText().equals(mount.path("name").asText())) {
                assertEquals(cluster + "-cluster-ca-cert", volume.path("secret").path("secretName").asText(),
                        workload + ": Strimzi's cluster CA");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void gatewayReachesTheServicesThroughTheirServices(String overlay) {
        ServiceConfig config = ServiceConfig.of("gateway");
        Map<String, String> env = Workload.of(overlay, "gateway").literalEnvironment();
        for (String service : List.of("article-service", "review-service")) {
            JsonNode port = Kustomize.one(overlay, "Service", service).path("spec").path("ports").get(0);
            assertEquals("http://" + service + ":" + port.path("port").asInt(),
                    config.value("factdesk.gateway." + service + ".url", env).orElseThrow(),
                    overlay + ": gateway -> " + service);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySecretReferencedIsRenderedCreatedByAnOperatorOrDocumented(String overlay) throws IOException {
        String readme = Files.readString(Repository.README);
        Set<String> rendered = new TreeSet<>();
        Kustomize.ofKind(overlay, "Secret").forEach(s -> rendered.add(s.path("metadata").path("name").asText()));
        Set<String> referenced = new TreeSet<>();
        for (JsonNode document : Kustomize.render(overlay)) {
            collectSecretNames(document, referenced);
        }
        assertFalse(referenced.isEmpty());
        List<String> unexplained = referenced.stream()
                .filter(name -> !rendered.contains(name) && !readme.contains("`" + name + "`")).toList();
        assertEquals(List.of(), unexplained, overlay + ": Secrets neither rendered nor named in deploy/kubernetes/README.md");
    }

    /** Secret names in secretKeyRef, secret volumes, Ingress TLS, Keycloak db/TLS and realm placeholders. */
    private static void collectSecretNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if ((key.equals("secretKeyRef") || key.equals("usernameSecret") || key.equals("passwordSecret")
                        || key.equals("secret")) && value.has("name")) {
                    names.add(value.path("name").asText());
                } else if ((key.equals("secretName") || key.equals("tlsSecret")) && value.isTextual()) {
                    names.add(value.asText());
                }
                collectSecretNames(value, names);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectSecretNames(item, names));
        }
    }
}
