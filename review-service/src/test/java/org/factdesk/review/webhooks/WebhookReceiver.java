package org.factdesk.review.webhooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;

/**
 * A real HTTPS webhook receiver on loopback, with a certificate made for this run (keytool) that the review-service
 * trusts through a named TLS configuration. Each endpoint path keeps what it received; a script per path and claim
 * makes the first requests fail or hang, as a receiver in trouble does.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    private static final String PASSWORD = "receiver-test-only";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile WebhookReceiver current;

    /** A request as the receiver saw it, and the status it answered (0: it never answered). */
    public record Received(String path, String id, String timestamp, String signature, String body, JsonNode payload,
            int answered) {
        public String claimId() {
            return payload.path("data").path("claimId").asText();
        }

        public String type() {
            return payload.path("type").asText();
        }
    }

    public enum Answer {
        OK,
        FAIL,
        HANG
    }

    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, List<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Answer> defaults = new ConcurrentHashMap<>();
    private Vertx vertx;
    private HttpServer server;

    public static WebhookReceiver current() {
        return current;
    }

    @Override
    public Map<String, String> start() {
        try {
            Path keystore = Files.createTempDirectory("webhook-receiver").resolve("receiver.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            vertx = Vertx.vertx();
            server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setHost("127.0.0.1")
                    .setKeyCertOptions(new PfxOptions().setPath(keystore.toString()).setPassword(PASSWORD)))
                    .requestHandler(request -> request.body().onSuccess(body -> {
                        String text = body.toString();
                        JsonNode payload;
                        try {
                            payload = JSON.readTree(text);
                        } catch (Exception e) {
                            payload = JSON.createObjectNode();
                        }
                        String path = request.path();
                        Answer answer = answerFor(path, payload.path("data").path("claimId").asText());
                        received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Received(path,
                                request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                                request.getHeader("webhook-signature"), text, payload,
                                switch (answer) {
                                    case OK -> 204;
                                    case FAIL -> 503;
                                    case HANG -> 0;
                                }));
                        switch (answer) {
                            case OK -> request.response().setStatusCode(204).end();
                            case FAIL -> request.response().setStatusCode(503).end("try later");
                            case HANG -> {
                                // never answers: the sender's timeout must end it
                            }
                        }
                    }));
            server.listen(0).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            current = this;
            return Map.of(
                    "factdesk.webhooks.allowed-private-targets", "localhost",
                    "quarkus.tls.webhook-receivers.trust-store.p12.path", keystore.toString(),
                    "quarkus.tls.webhook-receivers.trust-store.p12.password", PASSWORD,
                    "factdesk.webhooks.tls-configuration-name", "webhook-receivers",
                    "factdesk.webhooks.poll-interval", "100ms",
                    "factdesk.webhooks.initial-backoff", "200ms",
                    "factdesk.webhooks.max-backoff", "1s",
                    "factdesk.webhooks.request-timeout", "1s",
                    "factdesk.webhooks.disable-after-failures", "4",
                    "factdesk.webhooks.disable-after-failing-for", "0s");
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the webhook receiver", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    /** The URL of a fresh endpoint path on this receiver. */
    public String url(String path) {
        return "https://localhost:" + server.actualPort() + path;
    }

    /** The first requests for this claim on this path get these answers, in order; later ones the default. */
    public void script(String path, String claimId, Answer... answers) {
        scripts.put(path + "|" + claimId, new CopyOnWriteArrayList<>(List.of(answers)));
    }

    /** How the path answers requests that no script covers (OK unless set). */
    public void answerEverything(String path, Answer answer) {
        defaults.put(path, answer);
    }

    public List<Received> received(String path) {
        return new ArrayList<>(received.getOrDefault(path, List.of()));
    }

    /** What the path accepted for this claim, in the order it accepted it. */
    public List<Received> accepted(String path, String claimId) {
        return received(path).stream().filter(r -> r.answered() == 204 && claimId.equals(r.claimId())).toList();
    }

    private synchronized Answer answerFor(String path, String claimId) {
        List<Answer> script = scripts.get(path + "|" + claimId);
        if (script != null && !script.isEmpty()) {
            return script.remove(0);
        }
        return defaults.getOrDefault(path, Answer.OK);
    }
}
