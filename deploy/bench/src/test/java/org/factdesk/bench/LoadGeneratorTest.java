package org.factdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** The generator against a real local HTTP server: bounded runs that stop by themselves and count what they saw. */
class LoadGeneratorTest {

    private static Vertx server;
    private static int port;
    private static final AtomicInteger served = new AtomicInteger();

    @BeforeAll
    static void startServer() {
        server = Vertx.vertx();
        HttpServer http = server.createHttpServer().requestHandler(request -> {
            served.incrementAndGet();
            switch (request.path()) {
                case "/slow" -> server.setTimer(50, id -> request.response().end("slow"));
                case "/missing" -> request.response().setStatusCode(404).end();
                default -> request.response().end("{\"originalText\":1}");
            }
        });
        port = http.listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
    }

    @AfterAll
    static void stopServer() {
        server.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void fixedRateSendsTheBoundedCountAtTheOfferedRate() {
        try (LoadGenerator load = new LoadGenerator()) {
            LoadResult result = load.fixedRate("ok", () -> call("/ok"), 200, Duration.ofMillis(500), 1000, 8, null);
            assertEquals(100, result.sent());
            assertEquals(100, result.succeeded());
            assertEquals(0, result.failed());
            assertTrue(result.seconds() >= 0.45 && result.seconds() < 2, "took " + result.seconds());
            assertTrue(result.p99() < 1000, "p99 " + result.p99());
        }
    }

    @Test
    void latencyOfAFixedRateRunIncludesTheTimeRequestsWaitedForAConnection() {
        try (LoadGenerator load = new LoadGenerator()) {
            // One connection, 50 ms per answer, 100 requests due per second: each waits behind the ones before it.
            LoadResult result = load.fixedRate("queued", () -> call("/slow"), 100, Duration.ofMillis(300), 1000, 1, null);
            assertEquals(30, result.succeeded());
            assertTrue(result.max() > 700, "the last request waited for 29 before it; max was " + result.max());
        }
    }

    @Test
    void saturationStopsAtItsDurationAndCountsFailuresByStatus() {
        try (LoadGenerator load = new LoadGenerator()) {
            LoadResult ok = load.saturation("sat", () -> call("/slow"), 4, Duration.ofMillis(400), 1_000_000, null);
            // 4 in flight, 50 ms each, for 400 ms: at most 4 x 8 rounds (+ the 4 in flight at the end), at most 80/s.
            assertTrue(ok.sent() >= 4 && ok.sent() <= 36, "sent " + ok.sent());
            assertEquals(ok.sent(), ok.succeeded());
            assertTrue(ok.throughput() <= 85, "throughput " + ok.throughput());

            LoadResult missing = load.saturation("404", () -> call("/missing"), 2, Duration.ofSeconds(10), 10, null);
            assertEquals(10, missing.sent());
            assertEquals(10, missing.failed());
            assertEquals(Map.of("404", 10L), missing.statuses());
        }
    }

    @Test
    void bodiesOfSuccessfulAnswersReachTheCallback() {
        AtomicInteger bodies = new AtomicInteger();
        try (LoadGenerator load = new LoadGenerator()) {
            load.saturation("bodies", () -> call("/ok"), 2, Duration.ofSeconds(5), 25,
                    body -> bodies.addAndGet(body.contains("originalText") ? 1 : 0));
        }
        assertEquals(25, bodies.get());
    }

    private static HttpCall call(String path) {
        return HttpCall.get("http://localhost:" + port + path, Map.of("Accept", "application/json"));
    }
}
