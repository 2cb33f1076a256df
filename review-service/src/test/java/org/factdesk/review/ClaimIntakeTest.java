package org.factdesk.review;

import static org.awaitility.Awaitility.await;
import static org.factdesk.review.Desk.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The claims.queued / claims.withdrawn consumers. */
@QuarkusTest
class ClaimIntakeTest {

    @Inject
    Pool database;

    @Test
    void claimQueuedDeliveredTwiceOpensOneItem() {
        ObjectNode event = Desk.claimQueued(e -> e.put("priority", "URGENT"));
        String claimId = event.get("claimId").asText();
        Desk.send("claims.queued", event);
        Desk.send("claims.queued", event);
        JsonPath review = Desk.awaitReview(claimId);
        awaitProcessed(event.get("eventId").asText());
        // A second, different event for the same claim does not open another item either.
        ObjectNode again = event.deepCopy().put("eventId", UUID.randomUUID().toString());
        Desk.send("claims.queued", again);
        awaitProcessed(again.get("eventId").asText());

        assertEquals(1L, count("select count(*) from review_item where claim_id = $1::uuid", claimId));
        assertEquals("URGENT", review.getString("priority"));
        assertEquals("editor", review.getString("queuedBy"));
        assertEquals(event.get("context").asText(), review.getString("context"));
        List<Object> audit = as("editor").get("/api/reviews/" + review.getString("id") + "/audit")
                .jsonPath().getList("items.action");
        assertEquals(List.of("QUEUE"), audit);

        JsonNode created = Desk.awaitEvents("reviews.progress", claimId, review.getString("id"), 1).get(0);
        assertEquals("QUEUED", created.get("state").asText());
        assertEquals(review.getString("id"), created.get("reviewId").asText());
        assertEquals("editor", created.get("actor").asText());
    }

    @Test
    void withdrawnBeforeQueuedIsRememberedAndTheLateQueuedEventOpensNothing() {
        Instant queuedAt = Instant.now().minusSeconds(60);
        ObjectNode queued = Desk.claimQueued(e -> e.put("queuedAt", queuedAt.toString()));
        String claimId = queued.get("claimId").asText();
        ObjectNode withdrawn = Desk.claimWithdrawn(claimId, queued.get("articleId").asText());
        Desk.send("claims.withdrawn", withdrawn);
        awaitProcessed(withdrawn.get("eventId").asText());

        Desk.send("claims.queued", queued);
        awaitProcessed(queued.get("eventId").asText());
        as("reviewer").get("/api/reviews/by-claim/" + claimId).then().statusCode(404);
    }

    @Test
    void withdrawingAnOpenItemClosesIt() {
        JsonPath taken = Steps.take("reviewer", Desk.queuedReview(e -> {
        }));
        Desk.send("claims.withdrawn", Desk.claimWithdrawn(taken.getString("claimId"), taken.getString("articleId")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "WITHDRAWN".equals(Desk.reviewById(taken.getString("id")).getString("state")));
        JsonPath audit = as("editor").get("/api/reviews/" + taken.getString("id") + "/audit").jsonPath();
        assertEquals("WITHDRAW", audit.getString("items[-1].action"));
        assertEquals("IN_RESEARCH", audit.getString("items[-1].from"));
        assertEquals("The article was pulled.", audit.getString("items[-1].reason"));
        List<JsonNode> progress = Desk.awaitEvents("reviews.progress", taken.getString("claimId"),
                taken.getString("id"), 3);
        assertEquals("WITHDRAWN", progress.get(2).get("state").asText());
        assertEquals("IN_RESEARCH", progress.get(2).get("previousState").asText());
    }

    /**
     * A withdrawal dated an hour ahead cannot come from the article-service (it dates events when it commits them), and
     * applied it would refuse every claims.queued of the claim until then: it is dead-lettered with the reason and
     * changes nothing. The next withdrawal on the same key, a minute ahead (within the clock skew allowed), applies.
     */
    @Test
    void aWithdrawalDatedInTheFutureBeyondTheClockSkewIsDeadLetteredAndChangesNothing() {
        JsonPath taken = Steps.take("reviewer", Desk.queuedReview(e -> {
        }));
        String claimId = taken.getString("claimId");
        ObjectNode future = Desk.claimWithdrawn(claimId, taken.getString("articleId"))
                .put("occurredAt", Instant.now().plus(Duration.ofHours(1)).toString());
        String futureId = future.get("eventId").asText();
        ObjectNode skewed = Desk.claimWithdrawn(claimId, taken.getString("articleId"))
                .put("occurredAt", Instant.now().plus(Duration.ofMinutes(1)).toString());

        Desk.send("claims.withdrawn", future);
        Desk.send("claims.withdrawn", skewed);

        awaitProcessed(skewed.get("eventId").asText());
        assertEquals("WITHDRAWN", Desk.reviewById(taken.getString("id")).getString("state"));
        List<ConsumerRecord<String, String>> dead = Desk.awaitRecords("factdesk.dead-letter", claimId,
                records -> !records.isEmpty());
        // Delivery is at least once (a rebalance may replay a message): which events, not how many records.
        assertEquals(List.of(futureId), dead.stream().map(r -> eventId(r.value())).distinct()
                .toList());
        assertTrue(reason(dead.get(0)).contains("in the future"), reason(dead.get(0)));
        assertEquals(0L, count("select count(*) from processed_event where event_id = $1::uuid", futureId));
        assertEquals(1L, count("select count(*) from withdrawn_claim where claim_id = $1::uuid"
                + " and withdrawn_at < now() + interval '5 minutes'", claimId), "the withdrawal is dated as sent");
        List<Object> actions = as("editor").get("/api/reviews/" + taken.getString("id") + "/audit")
                .jsonPath().getList("items.action");
        assertEquals(1, actions.stream().filter("WITHDRAW"::equals).count(), "withdrawn once: " + actions);
    }

    @Test
    void unparseableMessagesGoToTheDeadLetterTopicAndConsumptionContinues() {
        String key = "broken-" + UUID.randomUUID();
        Desk.sendRaw("claims.queued", key, "{this is not json");
        ObjectNode incomplete = Desk.claimQueued(e -> e.remove("claimText"));
        Desk.sendRaw("claims.queued", key, Desk.write(incomplete));

        // Other review-service instances on the shared broker may dead-letter the same messages: look for ours.
        List<ConsumerRecord<String, String>> dead = Desk.awaitRecords("factdesk.dead-letter", key,
                records -> records.stream().anyMatch(r -> r.value().equals("{this is not json"))
                        && records.stream().anyMatch(r -> reason(r).contains("claimText")));
        assertTrue(dead.stream().anyMatch(r -> r.value().equals("{this is not json")
                && reason(r).contains("not a valid ClaimQueued")));

        // The consumer is still running.
        Desk.queuedReview(e -> {
        });
    }

    private static String eventId(String event) {
        try {
            return new ObjectMapper().readTree(event).path("eventId").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from processed_event where event_id = $1::uuid", eventId) == 1L);
    }

    private long count(String sql, String parameter) {
        return database.preparedQuery(sql)
                .execute(Tuple.of(parameter)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
