package org.factdesk.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Event latency along the two paths a user waits on, over many events, against the raw Kafka round trip:
 * <ol>
 * <li>an editor queues a claim (through the gateway) -> the item is in the review-service's queue;</li>
 * <li>an editor approves a submitted verdict (through the gateway) -> the claim carries the verdict in the
 * article-service -> the event reaches a browser connected to the gateway's live stream.</li>
 * </ol>
 * Visibility in a service is observed by polling its database every {@value #POLL_MILLIS} ms for the committed row
 * (so a figure may be up to that much late, never early); the browser side is the SSE frame's arrival.
 */
public final class EventSection {

    static final int POLL_MILLIS = 5;
    private static final Duration SETTLE = Duration.ofSeconds(30);

    public record Result(int events, double pacePerSecond, EventLatency queueToReview, EventLatency queueToBrowser,
            EventLatency approveToArticle, EventLatency approveToBrowser, EventLatency kafkaRaw,
            Map<String, Long> failures) {
    }

    private record Claim(String articleId, String claimId, long version) {
    }

    private record Review(String reviewId, String claimId, long version) {
    }

    private final BenchConfig config;
    private final KeycloakTokens tokens;
    private final SampleArticles articles;
    private final ClaimSeeder databases;
    private final Map<String, Long> failures = new ConcurrentHashMap<>();

    public EventSection(BenchConfig config, KeycloakTokens tokens, SampleArticles articles, ClaimSeeder databases) {
        this.config = config;
        this.tokens = tokens;
        this.articles = articles;
        this.databases = databases;
    }

    public Result run(BrowserSession editor) throws Exception {
        int events = config.events();
        double pace = config.smoke() ? 10 : 25;
        Bench.step("events: creating articles for " + events + " claims to queue");
        List<Claim> claims = suggestedClaims(events);

        try (LiveStreamListener browser = new LiveStreamListener(config.gatewayUrl(), editor)) {
            browser.awaitConnected();

            Bench.step("events: queueing %d claims through the gateway at %.0f/s".formatted(events, pace));
            Map<String, Long> queuedAt = new ConcurrentHashMap<>();
            // The observer runs while the events are sent: it must see each row as it commits, not after the last send.
            CompletableFuture<Map<String, Long>> reviewRows = observe(databases::reviewDb,
                    "select claim_id::text from review_item where claim_id = any(?)", queuedAt.keySet(), claims.size(), pace);
            paced(claims.size(), pace, i -> {
                Claim claim = claims.get(i);
                queuedAt.put(claim.claimId(), System.nanoTime());
                return post(config.gatewayUrl() + "/api/articles/" + claim.articleId() + "/queue", editor.headers(true),
                        Map.of("claims", List.of(Map.of("claimId", claim.claimId(), "version", claim.version()))), "queue");
            });
            Map<String, Long> inReview = reviewRows.join();
            awaitBrowser(browser, "claims.queued", queuedAt);
            EventLatency queueToReview = latency("queue -> in the review queue (review-service DB)", events, queuedAt,
                    inReview);
            EventLatency queueToBrowser = latency("queue -> claims.queued in the browser (gateway SSE)", events, queuedAt,
                    seenBy(browser, "claims.queued", queuedAt));

            Bench.step("events: researching and submitting " + inReview.size() + " verdicts (not timed)");
            List<Review> submitted = submitVerdicts(new ArrayList<>(inReview.keySet()));

            Bench.step("events: approving %d verdicts through the gateway at %.0f/s".formatted(submitted.size(), pace));
            Map<String, Long> approvedAt = new ConcurrentHashMap<>();
            CompletableFuture<Map<String, Long>> articleRows = observe(databases::articleDb,
                    "select id::text from claim where id = any(?) and verdict_version is not null", approvedAt.keySet(),
                    submitted.size(), pace);
            paced(submitted.size(), pace, i -> {
                Review review = submitted.get(i);
                approvedAt.put(review.claimId(), System.nanoTime());
                return post(config.gatewayUrl() + "/api/reviews/" + review.reviewId() + "/approve", editor.headers(true),
                        Map.of("version", review.version()), "approve");
            });
            Map<String, Long> inArticle = articleRows.join();
            awaitBrowser(browser, "verdicts.published", approvedAt);
            EventLatency approveToArticle = latency("approve -> verdict on the claim (article-service DB)", submitted.size(),
                    approvedAt, inArticle);
            EventLatency approveToBrowser = latency("approve -> verdicts.published in the browser (gateway SSE)",
                    submitted.size(), approvedAt, seenBy(browser, "verdicts.published", approvedAt));

            Bench.step("events: Kafka limit, raw produce -> consume");
            EventLatency kafka = KafkaLatency.measure(config.kafkaBootstrap(), Math.max(events, config.smoke() ? 20 : 1000),
                    Duration.ofMillis(10));
            return new Result(events, pace, queueToReview, queueToBrowser, approveToArticle, approveToBrowser, kafka,
                    Map.copyOf(failures));
        }
    }

    /** Ingests articles directly until there are enough SUGGESTED claims, the first one of each article. */
    private List<Claim> suggestedClaims(int wanted) {
        List<Claim> claims = new ArrayList<>();
        Map<String, String> editor = tokens.headers("editor");
        long n = 1_000_000L + System.nanoTime() % 1_000_000L;
        int attempts = 0;
        while (claims.size() < wanted && attempts++ < wanted * 2 + 10) {
            JsonNode article = Http.json("POST", config.articleUrl() + "/api/articles", editor, articles.createRequest(n++));
            for (JsonNode claim : article.path("claims")) {
                if (claims.size() < wanted && "SUGGESTED".equals(claim.path("status").asText())) {
                    claims.add(
                            new Claim(article.path("id").asText(), claim.path("id").asText(), claim.path("version").asLong()));
                    // One claim per article: the figure is the event path, not editors racing on one article's row
                    // (the desk queues an article's claims in one request; see RESULTS.md on concurrent queueing).
                    break;
                }
            }
        }
        if (claims.size() < wanted) {
            throw new IllegalStateException(
                    "claim detection found only " + claims.size() + " claims in " + attempts + " articles");
        }
        return claims;
    }

    /** The reviewer's work, straight to the review-service: take the item, add a source, submit a verdict. */
    private List<Review> submitVerdicts(List<String> claimIds) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Review>> futures = new ArrayList<>();
            for (String claimId : claimIds) {
                futures.add(workers.submit(() -> research(claimId)));
            }
            List<Review> reviews = new ArrayList<>();
            for (Future<Review> future : futures) {
                try {
                    reviews.add(future.get(2, TimeUnit.MINUTES));
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.merge("research: " + e.getCause().getMessage().split(":")[0], 1L, Long::sum);
                }
            }
            return reviews;
        } finally {
            workers.shutdownNow();
        }
    }

    private Review research(String claimId) {
        String review = config.reviewUrl() + "/api/reviews";
        Map<String, String> reviewer = tokens.headers("reviewer");
        JsonNode item = Http.json("GET", review + "/by-claim/" + claimId, reviewer, null);
        String id = item.path("id").asText();
        item = Http.json("POST", review + "/" + id + "/take", reviewer, Map.of("version", item.path("version").asLong()));
        Http.json("POST", review + "/" + id + "/sources", reviewer, Map.of(
                "url", "https://example.org/evidence/" + claimId, "title", "Ministry statement",
                "publisher", "Example Ministry", "quote", "The figures in the statement contradict the claim.",
                "accessedAt", Instant.now().toString(), "primary", true));
        item = Http.json("GET", review + "/" + id, reviewer, null);
        item = Http.json("POST", review + "/" + id + "/submit", reviewer, Map.of(
                "rating", "MOSTLY_FALSE", "label", "Mostly false", "summary", "The official figures are lower.",
                "explanation", "The ministry's statement gives a lower figure than the article.",
                "version", item.path("version").asLong()));
        return new Review(id, claimId, item.path("version").asLong());
    }

    interface Send {
        CompletableFuture<?> send(int index);
    }

    /** Sends {@code count} requests at {@code perSecond}, without waiting for answers, then waits for all answers. */
    private void paced(int count, double perSecond, Send send) {
        List<CompletableFuture<?>> answers = new ArrayList<>();
        long start = System.nanoTime();
        long period = Math.round(1e9 / perSecond);
        for (int i = 0; i < count; i++) {
            long wait = start + i * period - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            answers.add(send.send(i));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(failure -> null).join();
    }

    private CompletableFuture<?> post(String uri, Map<String, String> headers, Object body, String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        headers.forEach(request::header);
        return Http.CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                failures.merge(what + ": " + failure.getClass().getSimpleName(), 1L, Long::sum);
            } else if (response.statusCode() / 100 != 2) {
                failures.merge(what + ": HTTP " + response.statusCode(), 1L, Long::sum);
                if (failures.get(what + ": HTTP " + response.statusCode()) == 1) {
                    System.err.println(
                            "    " + what + " answered " + response.statusCode() + ": " + Json.abbreviate(response.body()));
                }
            }
            return null;
        });
    }

    interface Connect {
        Connection open() throws java.sql.SQLException;
    }

    /** {@link #awaitRows} on a thread of its own, started before the events it observes are sent. */
    private static CompletableFuture<Map<String, Long>> observe(Connect connect, String sql, java.util.Set<String> sent,
            int expected, double perSecond) {
        Duration sending = Duration.ofMillis(Math.round(expected * 1000 / perSecond));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return awaitRows(connect, sql, sent, expected, sending.plus(SETTLE));
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, runnable -> {
            Thread observer = new Thread(runnable, "event-observer");
            observer.setDaemon(true);
            observer.start();
        });
    }

    /**
     * Polls {@code sql} (one uuid[] parameter) for the ids sent so far and not seen yet ({@code sent} grows while this
     * runs), until {@code expected} are seen or {@code within} passes. Only events in flight are asked for, so the
     * observer's own load on the database stays small.
     */
    private static Map<String, Long> awaitRows(Connect connect, String sql, java.util.Set<String> sent, int expected,
            Duration within) throws Exception {
        Map<String, Long> seen = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + within.toNanos();
        try (Connection connection = connect.open(); PreparedStatement statement = connection.prepareStatement(sql)) {
            while (seen.size() < expected && System.nanoTime() < deadline) {
                List<String> pending = sent.stream().filter(id -> !seen.containsKey(id)).toList();
                Array array = connection.createArrayOf("uuid", pending.toArray());
                statement.setArray(1, array);
                try (ResultSet rows = statement.executeQuery()) {
                    long now = System.nanoTime();
                    while (rows.next()) {
                        seen.putIfAbsent(rows.getString(1), now);
                    }
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
            }
        }
        return seen;
    }

    private static void awaitBrowser(LiveStreamListener browser, String topic, Map<String, Long> sent) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline && sent.keySet().stream().anyMatch(id -> browser.seen(topic, id) == null)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private static Map<String, Long> seenBy(LiveStreamListener browser, String topic, Map<String, Long> sent) {
        Map<String, Long> seen = new ConcurrentHashMap<>();
        sent.keySet().forEach(id -> {
            Long at = browser.seen(topic, id);
            if (at != null) {
                seen.put(id, at);
            }
        });
        return seen;
    }

    /** Latency from the action to the observation, for every id that was observed; missing ones lower {@code observed}. */
    private static EventLatency latency(String name, int expected, Map<String, Long> sentAt, Map<String, Long> seenAt) {
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        seenAt.forEach((id, seen) -> {
            Long sent = sentAt.get(id);
            if (sent != null) {
                micros.recordValue(Math.max(0, (seen - sent) / 1000));
            }
        });
        return EventLatency.of(name, expected, micros);
    }
}
