package org.factdesk.review;

import static org.awaitility.Awaitility.await;
import static org.factdesk.review.Desk.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The claims.changed consumer: an editor's new priority and due time reach the review queue. */
@QuarkusTest
class ClaimChangesTest {

    private static final Instant DUE = Instant.parse("2031-05-01T08:00:00Z");

    @Inject
    Pool database;

    @Test
    void aNewPriorityAndDueTimeReachTheQueueOnceEvenWhenDeliveredTwice() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JsonPath review = Desk.queuedReview(e -> e.put("claimText", "The council doubled the bus budget " + marker));
        String id = review.getString("id");
        ObjectNode changed = Desk.claimChanged(review.getString("claimId"), review.getString("articleId"), "QUEUED",
                "URGENT", DUE);

        Desk.send("claims.changed", changed);
        Desk.send("claims.changed", changed);
        awaitProcessed(changed.get("eventId").asText());

        JsonPath after = Desk.reviewById(id);
        assertEquals("URGENT", after.getString("priority"));
        assertEquals(DUE, Instant.parse(after.getString("dueAt")));
        assertEquals("QUEUED", after.getString("state"));
        assertEquals(review.getLong("version") + 1, after.getLong("version"), "changed once, by one transition");
        List<Object> urgent = as("reviewer").queryParam("priority", "URGENT").queryParam("q", marker)
                .queryParam("limit", 100).get("/api/reviews").then().statusCode(200).extract().jsonPath()
                .getList("items.id");
        assertEquals(List.of(id), urgent);
        assertTrue(database.preparedQuery("select priority_rank = 0 and due_sort = $2 from review_item where id = $1")
                .execute(Tuple.of(UUID.fromString(id), DUE.atOffset(ZoneOffset.UTC))).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getBoolean(0), "the queue order columns follow");
    }

    @Test
    void aClaimsChangedWithoutPriorityAndDueChangesNothing() {
        JsonPath review = Desk.queuedReview(e -> e.put("priority", "HIGH"));
        ObjectNode changed = Desk.claimChanged(review.getString("claimId"), review.getString("articleId"), "QUEUED",
                null, null);
        changed.remove("priority");
        changed.remove("dueAt");
        Desk.send("claims.changed", changed);
        awaitProcessed(changed.get("eventId").asText());

        JsonPath after = Desk.reviewById(review.getString("id"));
        assertEquals("HIGH", after.getString("priority"));
        assertNull(after.getString("dueAt"));
        assertEquals(review.getLong("version"), after.getLong("version"));
    }

    @Test
    void aPublishedReviewKeepsThePriorityAndDueTimeItWasDoneUnder() {
        JsonPath published = Steps.approve("admin", Steps.submitted("editor"));
        assertEquals("PUBLISHED", published.getString("state"));
        ObjectNode changed = Desk.claimChanged(published.getString("claimId"), published.getString("articleId"),
                "VERDICT", "URGENT", DUE);
        Desk.send("claims.changed", changed);
        awaitProcessed(changed.get("eventId").asText());

        JsonPath after = Desk.reviewById(published.getString("id"));
        assertEquals("NORMAL", after.getString("priority"));
        assertNull(after.getString("dueAt"));
        assertEquals(published.getLong("version"), after.getLong("version"));
    }

    /** Nothing to wait for: the consumer goes straight on to the next event of the same partition (same key). */
    @Test
    void aClaimNotInTheDeskIsIgnoredAndTheNextEventApplies() {
        JsonPath review = Desk.queuedReview(e -> {
        });
        String claimId = review.getString("claimId");
        ObjectNode unknown = Desk.claimChanged(UUID.randomUUID().toString(), review.getString("articleId"), "SUGGESTED",
                "URGENT", DUE);
        // Keyed like the next one, so the consumer meets it first on the same partition.
        Desk.sendRaw("claims.changed", claimId, Desk.write(unknown));
        ObjectNode next = Desk.claimChanged(claimId, review.getString("articleId"), "IN_REVIEW", "LOW", null);
        Desk.send("claims.changed", next);

        awaitProcessed(next.get("eventId").asText());
        assertEquals(1L, count("select count(*) from processed_event where event_id = $1::uuid",
                unknown.get("eventId").asText()));
        assertEquals(0L, count("select count(*) from review_item where claim_id = $1::uuid",
                unknown.get("claimId").asText()));
        assertEquals("LOW", Desk.reviewById(review.getString("id")).getString("priority"));
    }

    /** Its claims.queued comes on another topic: the change waits for the review, then applies. */
    @Test
    void aClaimsChangedAheadOfItsClaimsQueuedAppliesOnceTheReviewOpens() throws InterruptedException {
        ObjectNode queued = Desk.claimQueued(e -> {
        });
        String claimId = queued.get("claimId").asText();
        ObjectNode changed = Desk.claimChanged(claimId, queued.get("articleId").asText(), "QUEUED", "HIGH", DUE);
        Desk.send("claims.changed", changed);
        Thread.sleep(1000);
        assertEquals(0L, count("select count(*) from processed_event where event_id = $1::uuid",
                changed.get("eventId").asText()), "still waiting for the review");

        Desk.send("claims.queued", queued);
        awaitProcessed(changed.get("eventId").asText());
        JsonPath review = Desk.awaitReview(claimId);
        assertEquals("HIGH", review.getString("priority"));
        assertEquals(DUE, Instant.parse(review.getString("dueAt")));
    }

    /** A review that never opened must not hold the partition for ever: an old enough change is skipped. */
    @Test
    void aClaimsChangedForAClaimInTheDeskWithoutAReviewIsSkippedOnceOldEnough() {
        String claimId = UUID.randomUUID().toString();
        ObjectNode stale = Desk.claimChanged(claimId, UUID.randomUUID().toString(), "QUEUED", "URGENT", DUE)
                .put("occurredAt", Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS).toString());
        Desk.send("claims.changed", stale);
        awaitProcessed(stale.get("eventId").asText());
        as("reviewer").get("/api/reviews/by-claim/" + claimId).then().statusCode(404);
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
