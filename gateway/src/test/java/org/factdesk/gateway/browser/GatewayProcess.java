package org.factdesk.gateway.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A gateway JVM of a test's own, started from the packaged jar the way deploy/local/stack.sh starts the services
 * (same heap and GC options; Kafka, Keycloak and the service URLs from the environment the launcher exports), on free
 * ports and with the extra environment the test needs. The shared gateway on 8080 keeps its own configuration.
 */
final class GatewayProcess implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("user.dir"), "target", "quarkus-app", "quarkus-run.jar");
    /** The java that runs it: the launcher's JDK when given (-Dfactdesk.gateway.java), else the test's own. */
    private static final String JAVA = System.getProperty("factdesk.gateway.java",
            ProcessHandle.current().info().command().orElse("java"));
    /** The heap and GC options of SERVICE_JVM_OPTIONS in deploy/local/stack.sh (the test JVM may be JDK 17). */
    private static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC");

    final int port;
    final int managementPort;
    final Duration startUp;
    private final Process process;
    private final Path log;

    private GatewayProcess(int port, int managementPort, Duration startUp, Process process, Path log) {
        this.port = port;
        this.managementPort = managementPort;
        this.startUp = startUp;
        this.process = process;
        this.log = log;
    }

    /** Starts the gateway with {@code environment} added and waits until its readiness probe answers UP. */
    static GatewayProcess start(Path directory, Map<String, String> environment) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the gateway is packaged first (mvn package): " + JAR);
        Files.createDirectories(directory);
        int port = freePort();
        int managementPort = freePort();
        Path log = directory.resolve("gateway.log");
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("FACTDESK_GATEWAY_PORT", String.valueOf(port));
        builder.environment().put("FACTDESK_GATEWAY_MANAGEMENT_PORT", String.valueOf(managementPort));
        // The repository's development secrets, as for every locally started service.
        builder.environment().put("FACTDESK_ALLOW_DEV_SECRETS", "true");
        long started = System.nanoTime();
        Process process = builder.start();
        GatewayProcess gateway = new GatewayProcess(port, managementPort, Duration.ZERO, process, log);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            await("the second gateway's readiness (log: " + log + ")").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptionsMatching(e -> e instanceof IOException)
                    .failFast(() -> assertTrue(process.isAlive(),
                            () -> "the gateway exited during start-up:\n" + gateway.logTail()))
                    .untilAsserted(() -> assertEquals(200,
                            client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode()));
        } catch (RuntimeException | Error e) {
            gateway.close();
            throw e;
        }
        return new GatewayProcess(port, managementPort, Duration.ofNanos(System.nanoTime() - started), process, log);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, so the gateway shuts down as in production; SIGKILL if it has not stopped after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
