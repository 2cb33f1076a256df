package org.factdesk.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Image names and tags live in one place, and each service's Dockerfile.jvm builds what the Deployment runs. */
class ImagesTest {

    static final List<String> SERVICES = Workload.SERVICES;

    @Test
    void imagesAreSetOnlyInTheBaseKustomization() throws IOException {
        try (Stream<Path> files = Files.walk(Repository.KUBERNETES)) {
            List<Path> others = files.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> !p.equals(Repository.BASE_KUSTOMIZATION))
                    .filter(p -> {
                        try {
                            return new YAMLMapper().readTree(p.toFile()).has("images");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
            assertEquals(List.of(), others, "only base/kustomization.yaml sets images");
        }
        JsonNode images = new YAMLMapper().readTree(Repository.BASE_KUSTOMIZATION.toFile()).path("images");
        for (String overlay : Kustomize.OVERLAYS) {
            for (String service : SERVICES) {
                JsonNode image = null;
                for (JsonNode i : images) {
                    if (i.path("name").asText().equals("factdesk/" + service)) {
                        image = i;
                    }
                }
                assertTrue(image != null, "base/kustomization.yaml sets the image of " + service);
                assertEquals(image.path("newName").asText() + ":" + image.path("newTag").asText(),
                        Workload.of(overlay, service).container().path("image").asText(), overlay + "/" + service);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void dockerfileRunsTheQuarkusAppAsTheDeploymentsUser(String service) throws IOException {
        String dockerfile = Files.readString(Repository.module(service).resolve("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("FROM registry.access.redhat.com/ubi9/openjdk-25-runtime:"),
                service + ": Quarkus' JVM base image");
        for (String layer : List.of("target/quarkus-app/lib/ /deployments/lib/", "target/quarkus-app/*.jar /deployments/",
                "target/quarkus-app/app/ /deployments/app/", "target/quarkus-app/quarkus/ /deployments/quarkus/")) {
            assertTrue(dockerfile.contains("COPY --chown=185 " + layer), service + " copies " + layer);
        }
        assertTrue(dockerfile.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), service + " JAVA_APP_JAR");
        assertTrue(dockerfile.contains("-XX:AOTCacheOutput=/deployments/app.aot"),
                service + " trains its AOT cache in the image");
        assertTrue(dockerfile.contains("-XX:AOTCache=/deployments/app.aot"), service + " starts with its AOT cache");
        Matcher user = Pattern.compile("(?m)^USER (\\d+)$").matcher(dockerfile);
        assertTrue(user.find(), service + " sets a numeric USER");
        assertFalse(user.group(1).equals("0"), service + " does not run as root");
        for (String overlay : Kustomize.OVERLAYS) {
            Workload workload = Workload.of(overlay, service);
            assertEquals(Integer.parseInt(user.group(1)), workload.podSpec().path("securityContext").path("runAsUser").asInt(),
                    workload + " runs as the image's user");
            Map<String, String> env = workload.literalEnvironment();
            Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+)$").matcher(dockerfile);
            assertTrue(expose.find(), service + " EXPOSEs its port");
            assertEquals(ServiceConfig.of(service).value("quarkus.http.port", env, "8080"), expose.group(1),
                    service + " EXPOSE");
        }
    }
}
