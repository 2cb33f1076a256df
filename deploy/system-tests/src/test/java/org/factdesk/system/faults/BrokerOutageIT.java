package org.factdesk.system.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.factdesk.system.support.Articles.ClaimRef;
import org.factdesk.system.support.ClaimBatch;
import org.factdesk.system.support.Database;
import org.factdesk.system.support.EventSchemas;
import org.factdesk.system.support.Faults;
import org.factdesk.system.support.Parallel;
import org.factdesk.system.support.Reviews;
import org.factdesk.system.support.SystemUnderTest;
import org.factdesk.system.support.TopicReader;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The broker goes away for 20 s in the middle of the work and comes back, once stopped (SIGTERM) and once killed
 * (SIGKILL, a crash): the transactional outboxes hold what the services could not publish (the test sees it
 * waiting there), and every claim and every verdict takes effect exactly once on the other side. After the clean stop
 * the topic holds each event once; after the crash a record whose acknowledgement was lost may be sent again, with the
 * same event id, and the consumer's deduplication keeps its effect single.
 * --long runs the figures, 1,000 claims and 500 approvals; the default run, which must stay short on 2 cores,
 * proves the same with 300 and 150 across the same two 20 s outages.
 */
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void claimsQueuedAndVerdictsApprovedWhileTheBrokerIsDownTakeEffectExactlyOnce() {
        Faults.requireOwnedStack();
        int claimCount = SystemUnderTest.longRun() ? 1000 : 300;
        int approvalCount = claimCount / 2;

        ClaimBatch batch = ClaimBatch.prepare("editor", claimCount);
        List<List<ClaimRef>> articles = batch.byArticle();
        Set<String> keys = new HashSet<>(batch.claimKeys());
        assertEquals(claimCount, keys.size());

        try (TopicReader queuedTopic = TopicReader.fromNow("claims.queued");
                TopicReader verdictTopic = TopicReader.fromNow("verdicts.published")) {

            // Issue 3's proof: queueing keeps working while the broker is down, and exactly N events arrive.
            int third = articles.size() / 3;
            ClaimBatch.queue("editor", articles.subList(0, third));
            Set<String> queuedInOutage = articles.subList(third, 2 * third).stream().flatMap(List::stream)
                    .map(claim -> claim.claimId().toString()).collect(Collectors.toSet());
            withBrokerDown(Faults::stopKafka, () -> ClaimBatch.queue("editor", articles.subList(third, 2 * third)),
                    () -> Database.ARTICLE.number("select count(*) from outbox_event where topic = 'claims.queued' "
                            + "and message_key = any(?) and sent_at is null", List.copyOf(queuedInOutage)));
            ClaimBatch.queue("editor", articles.subList(2 * third, articles.size()));

            await("claims.queued events of " + claimCount + " claims").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> queuedTopic.matching(r -> keys.contains(r.key())).size() >= claimCount);
            await(claimCount + " review items").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Database.REVIEW.number("select count(*) from review_item where claim_id = any(?)",
                            batch.claimIds()) >= claimCount);

            List<ConsumerRecord<String, String>> queuedEvents = queuedTopic.matching(r -> keys.contains(r.key()));
            assertEquals(claimCount, queuedEvents.size(), "claims.queued events for our claims (duplicates?)");
            assertEquals(claimCount, queuedEvents.stream().map(ConsumerRecord::key).distinct().count(), "claims with an event");
            Set<UUID> eventIds = queuedEvents.stream()
                    .map(r -> UUID.fromString(EventSchemas.valid("claims.queued", r.value()).path("eventId").asText()))
                    .collect(Collectors.toSet());
            assertEquals(claimCount, eventIds.size(), "distinct event ids");
            assertEquals(claimCount, Database.ARTICLE.number(
                    "select count(*) from outbox_event where topic = 'claims.queued' and message_key = any(?) and sent_at is not null",
                    batch.claimKeys()),
                    "article-service outbox rows marked sent");
            assertEquals(claimCount,
                    Database.REVIEW.number("select count(*) from review_item where claim_id = any(?)", batch.claimIds()));
            assertEquals(claimCount,
                    Database.REVIEW.number("select count(*) from processed_event where event_id = any(?)", eventIds));
            assertEquals(claimCount, Database.REVIEW.number(
                    "select count(*) from review_audit a join review_item i on i.id = a.review_id where i.claim_id = any(?) and a.action = 'QUEUE'",
                    batch.claimIds()), "each claim opened exactly once");

            // The verdicts' way back: research the first half, then approve across a second outage.
            List<UUID> approvedClaims = batch.claimIds().subList(0, approvalCount);
            List<UUID> reviewIds = approvedClaims.stream()
                    .map(claimId -> (UUID) Database.REVIEW.rows("select id from review_item where claim_id = ?", claimId).get(0)
                            .get(0))
                    .toList();
            List<JsonPath> submitted = Parallel.map(reviewIds, reviewId -> Reviews.research("reviewer", reviewId));
            List<Integer> order = java.util.stream.IntStream.range(0, approvalCount).boxed().toList();
            int approvalThird = approvalCount / 3;
            approve(reviewIds, submitted, order.subList(0, approvalThird));
            List<String> approvedInOutage = order.subList(approvalThird, 2 * approvalThird).stream()
                    .map(i -> approvedClaims.get(i).toString()).toList();
            withBrokerDown(Faults::killKafka,
                    () -> approve(reviewIds, submitted, order.subList(approvalThird, 2 * approvalThird)),
                    () -> Database.REVIEW.number("select count(*) from outbox_event where topic = 'verdicts.published' "
                            + "and message_key = any(?) and sent_at is null", approvedInOutage));
            approve(reviewIds, submitted, order.subList(2 * approvalThird, approvalCount));

            Set<String> approvedKeys = approvedClaims.stream().map(UUID::toString).collect(Collectors.toSet());
            await(approvalCount + " verdicts in the article-service").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Database.ARTICLE.number("select count(*) from claim where id = any(?) and status = 'VERDICT'",
                            approvedClaims) >= approvalCount);
            await("verdicts.published events").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> verdictTopic.matching(r -> approvedKeys.contains(r.key())).size() >= approvalCount);

            // A crashed broker may have written a record whose acknowledgement never came back; the relay then sends
            // that outbox row again. The topic is at-least-once: a repeat carries the same event id (never a second
            // event for a claim), and the consumer's processed_event table makes its effect happen once.
            List<ConsumerRecord<String, String>> verdicts = verdictTopic.matching(r -> approvedKeys.contains(r.key()));
            Map<String, Set<UUID>> eventIdsByClaim = verdicts.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(r -> UUID.fromString(
                            EventSchemas.valid("verdicts.published", r.value()).path("eventId").asText()),
                            Collectors.toSet())));
            assertEquals(approvedKeys, eventIdsByClaim.keySet(), "claims with a verdicts.published event");
            assertTrue(eventIdsByClaim.values().stream().allMatch(ids -> ids.size() == 1),
                    "one verdict event id per claim, however often it was sent: " + eventIdsByClaim);
            Set<UUID> verdictIds = eventIdsByClaim.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            assertEquals(approvalCount, verdictIds.size());
            assertEquals(approvalCount,
                    Database.ARTICLE.number("select count(*) from processed_event where event_id = any(?)", verdictIds));
            assertEquals(approvalCount, Database.ARTICLE.number(
                    "select count(*) from claim where id = any(?) and status = 'VERDICT' and verdict_version = 1",
                    approvedClaims));
            assertEquals(claimCount - approvalCount, Database.ARTICLE.number(
                    "select count(*) from claim where id = any(?) and status <> 'VERDICT'", batch.claimIds()),
                    "claims without approval stay in check");
            assertEquals(0, Database.REVIEW.number(
                    "select count(*) from outbox_event where topic = 'verdicts.published' and message_key = any(?) and sent_at is null",
                    List.copyOf(approvedKeys)));
        }
    }

    private static void approve(List<UUID> reviewIds, List<JsonPath> submitted, List<Integer> which) {
        Parallel.map(which, i -> Reviews.approve("editor2", reviewIds.get(i), submitted.get(i).getLong("version"))
                .then().statusCode(200).extract().jsonPath());
    }

    /**
     * Takes the broker down ({@code stop}: SIGTERM or SIGKILL), does the work, requires that events of it wait in the
     * outbox (so the outage really held them back), keeps the broker down for the full outage, and always starts it
     * again.
     */
    private static void withBrokerDown(Runnable stop, Runnable work, Supplier<Long> pendingInOutbox) {
        Instant stopped = Instant.now();
        stop.run();
        try {
            work.run();
            long pending = pendingInOutbox.get();
            assertTrue(pending > 0, "no event of the work done during the outage waits in the outbox");
            Outage.lasts(stopped, OUTAGE);
        } finally {
            Faults.startKafka();
        }
    }
}
