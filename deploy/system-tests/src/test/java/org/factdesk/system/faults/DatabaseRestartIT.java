package org.factdesk.system.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.factdesk.system.support.Api;
import org.factdesk.system.support.Articles;
import org.factdesk.system.support.Database;
import org.factdesk.system.support.Faults;
import org.factdesk.system.support.Problems;
import org.factdesk.system.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * PostgreSQL is stopped under load and started again. While it is down the services answer at once with 503
 * problem bodies; afterwards they recover on their own (no restart), and no transaction is left half-applied:
 * an article exists with all its claims or not at all, queued claims have their outbox event and vice versa, and
 * every claim queued before the outage still reaches the review-service.
 */
class DatabaseRestartIT {

    private static final Duration FAIL_FAST = Duration.ofSeconds(5);
    private final String marker = "db-restart-" + UUID.randomUUID();
    /** When the stop began and ended (nanoTime); 0 before it. */
    private volatile long stopStarted;
    private volatile long stopped;
    /** Editor requests that began before the stop ended and answered after it began: in flight during it. */
    private final AtomicInteger spanningTheStop = new AtomicInteger();

    @Test
    void servicesFailFastWhileTheDatabaseIsDownAndRecoverWithoutHalfWrittenState() throws InterruptedException {
        Faults.requireOwnedStack();
        AtomicBoolean loading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            load.submit(() -> {
                while (loading.get()) {
                    editorWorks(serverErrors);
                }
            });
        }
        try {
            // Some work committed before the outage.
            await("load before the outage").atMost(Duration.ofSeconds(60))
                    .until(() -> Database.ARTICLE.number("select count(*) from article where title like ?", marker + "%") >= 4);

            stopStarted = System.nanoTime();
            Faults.stopPostgres();
            stopped = System.nanoTime();
            try {
                for (Map.Entry<String, Supplier<Response>> probe : probes().entrySet()) {
                    // The first call may be the one that finds the connections gone; every later one must fail, and
                    // quickly: each is timed.
                    List<Duration> later = new java.util.concurrent.CopyOnWriteArrayList<>();
                    AtomicBoolean first = new AtomicBoolean(true);
                    await(probe.getKey() + " notices the outage").atMost(Duration.ofSeconds(30)).until(() -> {
                        long started = System.nanoTime();
                        int status = probe.getValue().get().statusCode();
                        if (!first.getAndSet(false)) {
                            later.add(Duration.ofNanos(System.nanoTime() - started));
                        }
                        return status >= 500;
                    });
                    long started = System.nanoTime();
                    Response response = probe.getValue().get();
                    later.add(Duration.ofNanos(System.nanoTime() - started));
                    Problems.assertProblem(probe.getKey() + " while PostgreSQL is down", 503, response.statusCode(),
                            response.contentType(), response.asString());
                    Duration slowest = later.stream().max(Duration::compareTo).orElseThrow();
                    assertTrue(slowest.compareTo(FAIL_FAST) < 0, probe.getKey() + " took " + slowest + " to answer");
                }
            } finally {
                Faults.startPostgres();
            }
            // The outage hit work in progress, not an idle system.
            assertTrue(spanningTheStop.get() > 0, "no editor request was in flight while PostgreSQL went down");

            // The services reconnect on their own.
            for (Map.Entry<String, Supplier<Response>> probe : probes().entrySet()) {
                await(probe.getKey() + " recovers").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                        .until(() -> probe.getValue().get().statusCode() < 500);
            }
            for (String management : List.of(SystemUnderTest.ARTICLE_MANAGEMENT, SystemUnderTest.REVIEW_MANAGEMENT,
                    SystemUnderTest.GATEWAY_MANAGEMENT)) {
                await(management + " ready").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                        .until(() -> given().get(management + "/q/health/ready").statusCode() == 200);
            }
        } finally {
            loading.set(false);
            load.shutdown();
            load.awaitTermination(1, TimeUnit.MINUTES);
        }
        assertEquals(List.of(), List.copyOf(serverErrors), "500s under load");

        // Nothing half-written in the article-service.
        assertEquals(0, Database.ARTICLE.number("select count(*) from article a where a.title like ? and not exists "
                + "(select 1 from claim c where c.article_id = a.id)", marker + "%"), "articles stored without their claims");
        assertEquals(0, Database.ARTICLE
                .number("select count(*) from claim c join article a on a.id = c.article_id where a.title like ? "
                        + "and c.status <> 'SUGGESTED' and not exists (select 1 from outbox_event o where o.topic = 'claims.queued' "
                        + "and o.message_key = c.id::text)", marker + "%"),
                "queued claims without their claims.queued event");
        assertEquals(0, Database.ARTICLE
                .number("select count(*) from claim c join article a on a.id = c.article_id where a.title like ? "
                        + "and c.status = 'SUGGESTED' and exists (select 1 from outbox_event o where o.topic = 'claims.queued' "
                        + "and o.message_key = c.id::text)", marker + "%"),
                "claims.queued events for claims that were not queued");
        assertEquals(0, Database.ARTICLE.number("select count(*) from article a where a.title like ? and a.status <> "
                + "(case when exists (select 1 from claim c where c.article_id = a.id and c.status in ('QUEUED', 'IN_REVIEW')) then 'IN_CHECK' else 'DRAFT' end)",
                marker + "%"), "article status disagrees with its claims");

        // And everything that was queued reaches the review-service, also what was in flight during the outage.
        List<UUID> queued = new ArrayList<>();
        Database.ARTICLE.rows(
                "select c.id from claim c join article a on a.id = c.article_id where a.title like ? and c.status <> 'SUGGESTED'",
                marker + "%").forEach(row -> queued.add((UUID) row.get(0)));
        assertTrue(!queued.isEmpty(), "the load queued nothing");
        await(queued.size() + " queued claims in the review-service").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Database.REVIEW.number("select count(*) from review_item where claim_id = any(?)",
                        queued) == queued.size());
    }

    /**
     * One editor's step: a new article, then queueing its claims. Outcomes while the database is down vary; 5xx other than 503
     * do not.
     */
    private void editorWorks(ConcurrentLinkedQueue<String> serverErrors) {
        try {
            String body = Articles.factualSentence() + " " + Articles.factualSentence();
            long started = System.nanoTime();
            Response created = Api.article("editor")
                    .body(Map.of("title", marker + " " + UUID.randomUUID(), "body", body))
                    .post("/api/articles");
            countIfSpanningTheStop(started);
            note(serverErrors, "POST /api/articles", created);
            if (created.statusCode() != 201) {
                return;
            }
            List<Map<String, Object>> claims = created.jsonPath().getList("claims");
            if (claims.isEmpty()) {
                return;
            }
            List<Map<String, Object>> items = claims.stream()
                    .map(c -> Map.<String, Object> of("claimId", c.get("id"), "version", c.get("version"))).toList();
            long queueing = System.nanoTime();
            Response queued = Api.article("editor").body(Map.of("claims", items))
                    .post("/api/articles/{id}/queue", created.jsonPath().getString("id"));
            countIfSpanningTheStop(queueing);
            note(serverErrors, "POST queue", queued);
        } catch (RuntimeException e) {
            // A refused connection or a timeout is what a dead database may cause; the checks above judge the outcome.
        }
    }

    private void countIfSpanningTheStop(long started) {
        long ended = System.nanoTime();
        if (stopStarted != 0 && stopped != 0 && started < stopped && ended > stopStarted) {
            spanningTheStop.incrementAndGet();
        }
    }

    private static void note(ConcurrentLinkedQueue<String> serverErrors, String what, Response response) {
        if (response.statusCode() >= 500 && response.statusCode() != 503) {
            serverErrors.add(what + " -> " + response.statusCode() + " " + Problems.abbreviate(response.asString()));
        }
    }

    private static Map<String, Supplier<Response>> probes() {
        Map<String, Supplier<Response>> probes = new java.util.LinkedHashMap<>();
        probes.put("GET /api/articles/claims", () -> Api.article("editor").get("/api/articles/claims"));
        probes.put("GET /api/articles/{id}", () -> Api.article("editor").get("/api/articles/{id}", UUID.randomUUID()));
        probes.put("POST /api/articles", () -> Api.article("editor")
                .body(Map.of("title", "Probe " + UUID.randomUUID(), "body", "Short.")).post("/api/articles"));
        probes.put("GET /api/reviews", () -> Api.review("reviewer").get("/api/reviews"));
        probes.put("GET /api/reviews/stats", () -> Api.review("editor").get("/api/reviews/stats"));
        return probes;
    }
}
