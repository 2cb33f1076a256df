package org.factdesk.system.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.factdesk.system.support.Database;
import org.factdesk.system.support.Faults;
import org.factdesk.system.support.SystemUnderTest;
import org.factdesk.system.support.TopicReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Ten minutes of a working desk through the gateway (articles, queueing, research, approvals, corrections, live
 * streams) while Kafka, PostgreSQL, Keycloak and each service are killed in turn and started again. The guarantees
 * must hold over the whole run: every queued claim has exactly one review item, every approved verdict (and
 * correction) is applied exactly once on its article, nothing lands on the dead-letter topic, the gateway answers no
 * 5xx other than 503, each component is back within 30 s of its restart, and every claim reaches its last verdict
 * within 3 minutes of queueing, outages included. Only in ./factdesk test --long; the
 * figures go to target/soak-report.md and, by hand, to the README.
 */
class ChaosSoakIT {

    private static final Duration SOAK = Duration.parse(System.getProperty("factdesk.soak.duration", "PT10M"));
    private static final Duration BACK_WITHIN = Duration.ofSeconds(30);
    /** How long a killed component stays dead before it is started again. */
    private static final Duration DEAD_FOR = Duration.ofSeconds(5);
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final int DESKS = 3;
    private static final List<String> LISTENERS = List.of("editor", "reviewer");
    private static final Path REPORT = Path.of("target", "soak-report.md");
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One component to kill and start again, and how long the system took to be whole after the restart. */
    private record Fault(String component, Runnable kill, Runnable start) {
    }

    private record Recovery(String component, Instant killedAt, Duration back) {
    }

    @Test
    void theDeskKeepsItsGuaranteesWhileEveryComponentIsKilledInTurn() throws Exception {
        Faults.requireOwnedStack();
        Assumptions.assumeTrue(SystemUnderTest.longRun(), "the chaos soak runs in ./factdesk test --long");
        String runTag = "Soak " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SoakTally tally = new SoakTally();
        AtomicBoolean stopped = new AtomicBoolean();
        List<Recovery> recoveries;
        Instant started = Instant.now();

        try (TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter")) {
            ExecutorService traffic = Executors.newFixedThreadPool(DESKS + LISTENERS.size());
            for (int desk = 0; desk < DESKS; desk++) {
                traffic.submit(new SoakDesk(runTag, stopped::get, tally));
            }
            LISTENERS.forEach(user -> traffic.submit(new SoakListener(user, stopped::get, tally)));
            try {
                recoveries = injectFaultsInTurn(started);
            } finally {
                stopped.set(true);
                traffic.shutdown();
                assertTrue(traffic.awaitTermination(5, TimeUnit.MINUTES), "the soak's traffic did not stop");
            }

            Map<String, Map<String, Object>> claims = awaitConsistentEnd(runTag);
            Map<String, Long> appliedVerdicts = appliedVerdictsByClaim(runTag);
            List<ConsumerRecord<String, String>> deadLettered = deadLetters.matching(record -> true);
            writeReport(runTag, started, recoveries, tally, claims, deadLettered.size());

            long published = claims.values().stream().filter(c -> ((Number) c.get("verdictVersion")).intValue() > 0).count();
            assertAll(
                    () -> assertTrue(tally.count("claims queued") > 0 && published > 0,
                            "the soak's desks got nothing done: " + tally.done()),
                    () -> assertEquals(Map.of(), tally.unexpectedServerErrors(), "5xx answers other than 503"),
                    () -> assertEquals(0, tally.count(SoakDesk.STUCK), "claims that did not get through: " + tally.done()),
                    () -> assertEquals(0, deadLettered.size(), "dead letters: " + deadLettered),
                    () -> recoveries.forEach(recovery -> assertTrue(recovery.back().compareTo(BACK_WITHIN) <= 0,
                            recovery.component() + " back after " + recovery.back().toMillis() + " ms")),
                    () -> claims.forEach((claimId, claim) -> assertEquals(claim.get("verdictVersion"),
                            appliedVerdicts.getOrDefault(claimId, 0L).intValue(),
                            "verdicts applied to claim " + claimId + " (one per published version)")));
        }
    }

    /** Kills each component once, evenly spread over the soak, and measures how long each takes to be back. */
    private static List<Recovery> injectFaultsInTurn(Instant started) throws InterruptedException {
        List<Fault> faults = List.of(
                new Fault("kafka", Faults::killKafka, Faults::startKafka),
                new Fault("postgres", Faults::killPostgres, Faults::startPostgres),
                new Fault("keycloak", Faults::killKeycloak, Faults::startKeycloak),
                new Fault("article-service", () -> Faults.kill("article-service"), () -> Faults.start("article-service")),
                new Fault("review-service", () -> Faults.kill("review-service"), () -> Faults.start("review-service")),
                new Fault("gateway", () -> Faults.kill("gateway"), () -> Faults.start("gateway")));
        Duration slot = SOAK.dividedBy(faults.size());
        List<Recovery> recoveries = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            // The schedule: each fault in the middle of its slot, with traffic running before and after it.
            pauseUntil(started.plus(slot.multipliedBy(i)).plus(slot.dividedBy(2)));
            Instant killedAt = Instant.now();
            fault.kill().run();
            pauseUntil(Instant.now().plus(DEAD_FOR));
            Instant restart = Instant.now();
            fault.start().run();
            await(fault.component() + " back: every part of the system ready").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(250)).until(ChaosSoakIT::wholeSystemReady);
            recoveries.add(new Recovery(fault.component(), killedAt, Duration.between(restart, Instant.now())));
        }
        pauseUntil(started.plus(SOAK));
        return recoveries;
    }

    /** Keycloak's realm, the services' and gateway's readiness (database and Kafka included) all answer. */
    private static boolean wholeSystemReady() {
        return ok(SystemUnderTest.KEYCLOAK + "/realms/factdesk/.well-known/openid-configuration")
                && ok(SystemUnderTest.ARTICLE_MANAGEMENT + "/q/health/ready")
                && ok(SystemUnderTest.REVIEW_MANAGEMENT + "/q/health/ready")
                && ok(SystemUnderTest.GATEWAY_MANAGEMENT + "/q/health/ready");
    }

    private static boolean ok(String url) {
        try {
            return PROBE.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until every claim the soak queued has its review item and every published verdict is on its article,
     * then holds that state over a settle window. Returns the queued claims by id: status and the verdict version
     * the review-service published (0 when none).
     */
    private static Map<String, Map<String, Object>> awaitConsistentEnd(String runTag) {
        Map<String, Map<String, Object>> claims = new HashMap<>();
        await("every queued claim reviewed once and every published verdict applied").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1)).during(SETTLE)
                .until(() -> {
                    claims.clear();
                    claims.putAll(consistencyOf(runTag));
                    return claims.values().stream().allMatch(claim -> Boolean.TRUE.equals(claim.get("consistent")));
                });
        return claims;
    }

    private static Map<String, Map<String, Object>> consistencyOf(String runTag) {
        Map<String, List<Object>> articleSide = byFirstColumn(Database.ARTICLE.rows(
                "select c.id::text, c.status, coalesce(c.verdict_version, 0) from claim c join article a on a.id = c.article_id"
                        + " where a.title like ? and c.status <> 'SUGGESTED'",
                runTag + " %"));
        Map<String, List<Object>> reviewSide = byFirstColumn(Database.REVIEW.rows(
                "select claim_id::text, count(*), max(coalesce(verdict_version, 0)) from review_item where article_title like ?"
                        + " group by claim_id",
                runTag + " %"));
        Map<String, Map<String, Object>> claims = new TreeMap<>();
        articleSide.forEach((claimId, row) -> {
            List<Object> review = reviewSide.get(claimId);
            long items = review == null ? 0 : ((Number) review.get(1)).longValue();
            int published = review == null ? 0 : ((Number) review.get(2)).intValue();
            int applied = ((Number) row.get(2)).intValue();
            claims.put(claimId, Map.of("status", row.get(1), "reviewItems", items, "verdictVersion", published,
                    "consistent", items == 1 && applied == published));
        });
        return claims;
    }

    /** The verdicts the article-service applied per claim: each application announces itself on claims.changed. */
    private static Map<String, Long> appliedVerdictsByClaim(String runTag) {
        return Database.ARTICLE.rows(
                "select o.message_key, count(*) from outbox_event o join claim c on c.id::text = o.message_key"
                        + " join article a on a.id = c.article_id where a.title like ? and o.topic = 'claims.changed'"
                        + " and o.payload like '%\"status\":\"VERDICT\"%' group by o.message_key",
                runTag + " %").stream()
                .collect(Collectors.toMap(row -> (String) row.get(0), row -> ((Number) row.get(1)).longValue()));
    }

    private static Map<String, List<Object>> byFirstColumn(List<List<Object>> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (String) row.get(0), row -> row));
    }

    private static void writeReport(String runTag, Instant started, List<Recovery> recoveries, SoakTally tally,
            Map<String, Map<String, Object>> claims, int deadLetters) throws IOException {
        StringBuilder report = new StringBuilder("# Chaos soak: " + runTag + "\n\n")
                .append("Duration ").append(Duration.between(started, Instant.now()).toSeconds()).append(" s, ")
                .append(DESKS).append(" desks (each pausing ").append(SoakDesk.THINK_TIME.toMillis())
                .append(" ms before a call) and ").append(LISTENERS.size()).append(" live streams through the gateway.\n\n")
                .append("| Killed | At (s into the soak) | Back after restart (s) |\n|---|---|---|\n");
        recoveries.forEach(recovery -> report.append("| ").append(recovery.component()).append(" | ")
                .append(Duration.between(started, recovery.killedAt()).toSeconds()).append(" | ")
                .append(String.format("%.1f", recovery.back().toMillis() / 1000.0)).append(" |\n"));
        long published = claims.values().stream().filter(c -> ((Number) c.get("verdictVersion")).intValue() > 0).count();
        long corrected = claims.values().stream().filter(c -> ((Number) c.get("verdictVersion")).intValue() > 1).count();
        report.append("\nQueued claims: ").append(claims.size()).append(", each with exactly one review item; published: ")
                .append(published).append(" (").append(corrected).append(" with an approved correction), each applied once.\n")
                .append("Dead letters: ").append(deadLetters).append(".\n")
                .append("Gateway answers by status (0 = no answer, the gateway was down): ").append(tally.byStatus())
                .append("\n")
                .append("Work done: ").append(tally.done()).append("\n")
                .append("5xx other than 503: ").append(tally.unexpectedServerErrors()).append("\n");
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    /** Schedule pacing (the soak is a timed run), not synchronisation: nothing waits here for a result. */
    private static void pauseUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
