package org.factdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;

/**
 * Webhook deliveries under trouble (the goal): {@value #ENDPOINTS} endpoints subscribe to claim.queued on an
 * HTTPS receiver in this process, then {@code events} claims are queued through Kafka as the article-service queues
 * them, so the review-service owes endpoints × events deliveries. The receiver answers 503 to 20 % of requests at
 * random, verifies every signature (Standard Webhooks, each endpoint's own secret), applies each webhook-id once, and
 * goes down for {@value #OUTAGE_SECONDS} s once half the deliveries have arrived. The section waits until every
 * delivery is applied (or its deadline passes) and reports throughput; a second phase queues claims at a steady rate
 * to the receiver, now healthy, for the delay from event to delivery.
 */
public final class WebhookSection {

    static final int ENDPOINTS = 20;
    static final int OUTAGE_SECONDS = 30;
    private static final double FAILURE_RATE = 0.2;
    private static final Duration DEADLINE = Duration.ofMinutes(8);
    private static final int PACED_RATE = 5;

    /**
     * @param secondsToHalf from queueing until half the deliveries were applied (before the outage: the drain rate)
     * @param secondsTo99Percent until 99 % were applied (the outage and the retries it caused included)
     * @param healthyP99Millis p99 from the event (payload timestamp) to its delivery in the second phase: claims
     *        queued at a steady rate to a receiver that answers every request
     */
    public record Result(int endpoints, int events, int expected, long applied, long duplicateRequests,
            long badSignatures, long requests, long injectedFailures, double seconds, double deliveriesPerSecond,
            Double secondsToHalf, Double secondsTo99Percent,
            Double healthyP50Millis, Double healthyP99Millis, long healthySamples, String retryPolicy) {
    }

    private final BenchConfig config;
    private final KeycloakTokens tokens;
    private final Path keystore;
    private final String keystorePassword;
    private final String retryPolicy;
    private final HttpClient http = HttpClient.newHttpClient();

    public WebhookSection(BenchConfig config, KeycloakTokens tokens, Path keystore, String keystorePassword,
            String retryPolicy) {
        this.config = config;
        this.tokens = tokens;
        this.keystore = keystore;
        this.keystorePassword = keystorePassword;
        this.retryPolicy = retryPolicy;
    }

    public Result run(int events) throws Exception {
        int expected = ENDPOINTS * events;
        Map<String, byte[]> keys = new ConcurrentHashMap<>();
        Map<String, Long> applied = new ConcurrentHashMap<>();
        // Claims this run queued: the service may also announce claims queued on the shared topic before the run.
        java.util.Set<String> ours = ConcurrentHashMap.newKeySet();
        // Claims of the second phase, queued at a steady rate to a receiver that never fails: the healthy delay.
        java.util.Set<String> paced = ConcurrentHashMap.newKeySet();
        Map<String, Boolean> pacedApplied = new ConcurrentHashMap<>();
        AtomicLong requests = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong badSignatures = new AtomicLong();
        Histogram healthy = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);

        Vertx vertx = Vertx.vertx();
        HttpServerOptions options = new HttpServerOptions().setSsl(true).setHost("127.0.0.1")
                .setKeyCertOptions(new PfxOptions().setPath(keystore.toString()).setPassword(keystorePassword));
        io.vertx.core.Handler<io.vertx.core.http.HttpServerRequest> handler = request -> request.body()
                .onSuccess(body -> {
                    String id = request.getHeader("webhook-id");
                    byte[] key = keys.get(request.path());
                    if (key == null || !verifies(key, id, request.getHeader("webhook-timestamp"),
                            request.getHeader("webhook-signature"), body.toString(StandardCharsets.UTF_8))) {
                        badSignatures.incrementAndGet();
                        request.response().setStatusCode(401).end();
                        return;
                    }
                    JsonNode payload = Json.parse(body.toString(StandardCharsets.UTF_8));
                    String claimId = payload.path("data").path("claimId").asText();
                    if (paced.contains(claimId)) {
                        if (pacedApplied.putIfAbsent(id, Boolean.TRUE) == null) {
                            long delay = System.currentTimeMillis()
                                    - Instant.parse(payload.path("timestamp").asText()).toEpochMilli();
                            synchronized (healthy) {
                                healthy.recordValue(Math.max(0, delay));
                            }
                        }
                        request.response().setStatusCode(204).end();
                        return;
                    }
                    if (!ours.contains(claimId)) {
                        request.response().setStatusCode(204).end();
                        return;
                    }
                    requests.incrementAndGet();
                    if (ThreadLocalRandom.current().nextDouble() < FAILURE_RATE) {
                        failures.incrementAndGet();
                        request.response().setStatusCode(503).end();
                        return;
                    }
                    if (applied.putIfAbsent(id, System.currentTimeMillis()) != null) {
                        duplicates.incrementAndGet(); // deduplicated by webhook-id: no second effect
                    }
                    request.response().setStatusCode(204).end();
                });
        HttpServer server = vertx.createHttpServer(options).requestHandler(handler);
        server.listen(0).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        int port = server.actualPort();
        List<String> registered = new ArrayList<>();
        try {
            for (int i = 0; i < ENDPOINTS; i++) {
                String path = "/bench/" + UUID.randomUUID();
                JsonNode created = admin("POST", "/api/reviews/webhooks", Json.write(Map.of(
                        "url", "https://localhost:" + port + path, "description", "bench receiver " + i,
                        "eventTypes", List.of("claim.queued"))), 201);
                registered.add(created.path("webhook").path("id").asText());
                keys.put(path, Base64.getDecoder().decode(created.path("secret").asText().substring("whsec_".length())));
            }
            Bench.step("webhooks: %d endpoints registered; queueing %,d claims (%,d deliveries owed)"
                    .formatted(ENDPOINTS, events, expected));
            long started = System.currentTimeMillis();
            queueClaims(events, ours, 0);

            AtomicBoolean outageDone = new AtomicBoolean();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (applied.size() < expected && System.nanoTime() < deadline) {
                if (!outageDone.get() && applied.size() >= expected / 2) {
                    Bench.step("webhooks: %,d of %,d applied; the receiver goes down for %d s"
                            .formatted(applied.size(), expected, OUTAGE_SECONDS));
                    server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
                    Thread.sleep(TimeUnit.SECONDS.toMillis(OUTAGE_SECONDS)); // the outage itself, not a wait for a result
                    server = vertx.createHttpServer(options.setPort(port)).requestHandler(handler);
                    server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
                    outageDone.set(true);
                    Bench.step("webhooks: the receiver is back");
                }
                Thread.sleep(100);
            }
            long last = applied.values().stream().mapToLong(Long::longValue).max().orElse(started);
            double seconds = (last - started) / 1000.0;
            Bench.step("webhooks: %,d of %,d applied in %.1f s (%,d requests, %,d answered 503, %,d duplicates)"
                    .formatted(applied.size(), expected, seconds, requests.get(), failures.get(), duplicates.get()));

            int pacedEvents = Math.max(5, events / 10);
            Bench.step("webhooks: healthy receiver, %d claims at %d/s (%,d deliveries) for the delay"
                    .formatted(pacedEvents, PACED_RATE, pacedEvents * ENDPOINTS));
            queueClaims(pacedEvents, paced, PACED_RATE);
            long pacedDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (pacedApplied.size() < pacedEvents * ENDPOINTS && System.nanoTime() < pacedDeadline) {
                Thread.sleep(100);
            }
            synchronized (healthy) {
                long[] times = applied.values().stream().mapToLong(Long::longValue).sorted().toArray();
                return new Result(ENDPOINTS, events, expected, applied.size(), duplicates.get(), badSignatures.get(),
                        requests.get(), failures.get(), seconds, seconds > 0 ? applied.size() / seconds : 0,
                        secondsUntil(times, expected / 2, started), secondsUntil(times, (int) Math.ceil(expected * 0.99),
                                started),
                        healthy.getTotalCount() == 0 ? null : (double) healthy.getValueAtPercentile(50),
                        healthy.getTotalCount() == 0 ? null : (double) healthy.getValueAtPercentile(99),
                        healthy.getTotalCount(), retryPolicy);
            }
        } finally {
            for (String id : registered) {
                admin("DELETE", "/api/reviews/webhooks/" + id, null, 204);
            }
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    /** Seconds from the start until the {@code count}-th delivery was applied; null when it never was. */
    private static Double secondsUntil(long[] sortedTimes, int count, long started) {
        return count < 1 || sortedTimes.length < count ? null : (sortedTimes[count - 1] - started) / 1000.0;
    }

    private void queueClaims(int events, java.util.Set<String> ours, int perSecond) throws Exception {
        QueuedClaims.queue(config.kafkaBootstrap(), events, ours, perSecond);
    }

    private JsonNode admin(String method, String path, String body, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.reviewUrl() + path))
                .header("Authorization", tokens.bearer("admin")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + Json.abbreviate(response.body()));
        }
        return response.body().isEmpty() ? null : Json.parse(response.body());
    }

    /** The receiver's check, as a newsroom writes it from the README: any v1 signature that matches. */
    static boolean verifies(byte[] key, String id, String timestamp, String signatures, String body) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String signature : signatures.split(" ")) {
                if (java.security.MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
