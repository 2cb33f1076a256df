package org.factdesk.article;

import static org.awaitility.Awaitility.await;
import static org.factdesk.article.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.factdesk.article.support.Api;
import org.factdesk.article.support.EventSchemas;
import org.factdesk.article.support.KafkaEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Verdicts and review progress flowing back from the review-service over the real Kafka. */
@QuarkusTest
class VerdictFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaCompanion kafka = KafkaEvents.companion();

    @Inject
    AgroalDataSource database;

    @AfterEach
    void closeKafka() {
        kafka.close();
    }

    @Test
    void aVerdictDeliveredTwiceUpdatesTheClaimOnceAndTheArticleBecomesChecked() throws Exception {
        QueuedClaim claim = queueOneClaim("Nearly 300 drones were launched at Kyiv overnight, the air force said on Sunday.");
        ConsumerTask<String, String> changed = KafkaEvents.watch(kafka, "claims.changed", List.of(claim.claimId()));
        String verdict = verdictEvent(claim, UUID.randomUUID(), 1, "FALSE");
        EventSchemas.assertValid("verdicts.published", verdict);

        publish("verdicts.published", claim.claimId(), verdict);
        publish("verdicts.published", claim.claimId(), verdict);
        // A correction on the same key travels behind the duplicate: once it shows, the duplicate was consumed.
        publish("verdicts.published", claim.claimId(), verdictEvent(claim, UUID.randomUUID(), 2, "MISLEADING"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "MISLEADING".equals(claimView(claim).getString("verdict.rating")));
        JsonPath view = claimView(claim);
        assertEquals("VERDICT", view.getString("status"));
        assertEquals(2, view.getInt("verdict.verdictVersion"));
        assertEquals("https://factdesk.example/reviews/" + claim.claimId(), view.getString("verdict.reviewUrl"));
        assertEquals("CHECKED", Api.article(claim.articleId()).getString("status"));

        // queued, first verdict, correction: the duplicate changed nothing, so it announced nothing.
        changed.awaitRecords(3, Duration.ofSeconds(30));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> changed.count() == 3);
        List<String> ratings = changed.getRecords().stream().map(record -> rating(record.value())).toList();
        assertEquals(List.of("null", "FALSE", "MISLEADING"), ratings);
        changed.getRecords().forEach(record -> EventSchemas.assertValid("claims.changed", record.value()));
        changed.close();
    }

    @Test
    void reviewProgressMovesTheClaimIntoReview() throws Exception {
        QueuedClaim claim = queueOneClaim("Over 50,000 Russian troops gathered around the Sumy border in May, officials said.");
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("eventId", UUID.randomUUID().toString());
        progress.put("occurredAt", "2026-11-21T10:00:00Z");
        progress.put("version", 1);
        progress.put("reviewId", UUID.randomUUID().toString());
        progress.put("claimId", claim.claimId());
        progress.put("articleId", claim.articleId().toString());
        progress.put("state", "IN_RESEARCH");
        progress.put("previousState", "QUEUED");
        progress.put("assignee", "reviewer");
        progress.put("actor", "reviewer");
        progress.put("someFutureField", Map.of("nested", true));
        String event = JSON.writeValueAsString(progress);
        EventSchemas.assertValid("reviews.progress", event);

        publish("reviews.progress", claim.claimId(), event);

        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(claimView(claim).getString("status")));
        assertEquals("IN_CHECK", Api.article(claim.articleId()).getString("status"));
    }

    @Test
    void theTextOfAQueuedOrInReviewClaimIsFrozenButSchedulingStaysEditable() throws Exception {
        QueuedClaim claim = queueOneClaim("The city spent 40 million on road repairs in 2024, the mayor said.");
        String original = claimView(claim).getString("text");
        assertTextFrozen(claim, "QUEUED");
        JsonPath scheduled = patchClaim(claim, Map.of("priority", "URGENT", "version", claimView(claim).getLong("version")))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("URGENT", scheduled.getString("priority"));
        // The unchanged wording sent back with a form is not a rewording.
        patchClaim(claim, Map.of("text", original, "version", scheduled.getLong("version"))).then().statusCode(200);

        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("eventId", UUID.randomUUID().toString());
        progress.put("occurredAt", "2026-11-21T10:00:00Z");
        progress.put("version", 1);
        progress.put("reviewId", UUID.randomUUID().toString());
        progress.put("claimId", claim.claimId());
        progress.put("articleId", claim.articleId().toString());
        progress.put("state", "IN_RESEARCH");
        progress.put("previousState", "QUEUED");
        progress.put("assignee", "reviewer");
        progress.put("actor", "reviewer");
        publish("reviews.progress", claim.claimId(), JSON.writeValueAsString(progress));
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(claimView(claim).getString("status")));

        assertTextFrozen(claim, "IN_REVIEW");
        patchClaim(claim, Map.of("dueAt", "2031-05-01T08:00:00Z", "version", claimView(claim).getLong("version")))
                .then().statusCode(200).body("dueAt", org.hamcrest.Matchers.equalTo("2031-05-01T08:00:00Z"));
        assertEquals(original, claimView(claim).getString("text"), "the reviewed wording is what the claim shows");
    }

    private static void assertTextFrozen(QueuedClaim claim, String status) {
        JsonPath before = claimView(claim);
        assertEquals(status, before.getString("status"));
        patchClaim(claim, Map.of("text", "The city spent 80 million on road repairs.", "version", before.getLong("version")))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:factdesk:problem:illegal-transition"))
                .body("detail", org.hamcrest.Matchers.containsString(status))
                .body("detail", org.hamcrest.Matchers.containsString("withdraw"))
                .body("allowedActions", org.hamcrest.Matchers.hasItems("withdraw", "add-claim", "priority", "dueAt"));
        JsonPath after = claimView(claim);
        assertEquals(before.getString("text"), after.getString("text"), "nothing changed");
        assertEquals(before.getLong("version"), after.getLong("version"), "nothing changed");
    }

    private static io.restassured.response.Response patchClaim(QueuedClaim claim, Map<String, Object> body) {
        return as("editor").body(body).patch("/api/articles/{id}/claims/{claimId}", claim.articleId(), claim.claimId());
    }

    @Test
    void unparseableMessagesGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        QueuedClaim claim = queueOneClaim("The call between the two presidents lasted over two hours, the Kremlin said.");
        String garbageKey = UUID.randomUUID().toString();
        String incompleteKey = UUID.randomUUID().toString();
        ConsumerTask<String, String> deadLetters = KafkaEvents.watch(kafka, "factdesk.dead-letter",
                List.of(garbageKey, incompleteKey));

        publish("verdicts.published", garbageKey, "{ this is not json");
        publish("verdicts.published", incompleteKey, "{\"eventId\": \"" + UUID.randomUUID() + "\", \"rating\": \"TRUE\"}");
        publish("verdicts.published", claim.claimId(), verdictEvent(claim, UUID.randomUUID(), 1, "TRUE"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "TRUE".equals(claimView(claim).getString("verdict.rating")));
        // Delivery is at least once (a consumer-group rebalance may replay a message), so both keys, not a count.
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.getRecords().stream()
                .map(record -> record.key()).collect(java.util.stream.Collectors.toSet())
                .equals(java.util.Set.of(garbageKey, incompleteKey)));
        deadLetters.getRecords().forEach(record -> {
            var reason = record.headers().lastHeader("dead-letter-reason");
            assertNotNull(reason, "the dead letter says why");
            assertTrue(new String(reason.value(), StandardCharsets.UTF_8).length() > 5);
        });
        deadLetters.close();
    }

    /**
     * Schema-valid verdicts that no order of real events can explain: from another review than the one the claim holds,
     * a version far beyond the one it holds, for a claim that was never queued. Each goes to the dead-letter topic with
     * the reason and changes nothing; the valid correction behind them on the same key is applied.
     */
    @Test
    void verdictsThatCanNeverApplyAreDeadLetteredWithTheReasonAndChangeNothing() throws Exception {
        QueuedClaim claim = queueOneClaim("The ministry counted 1,200 new hospital beds in the first half of 2025.");
        JsonPath unqueued = Api.createArticle("Never queued " + Api.marker(),
                "The ministry counted 1,200 new hospital beds in the first half of 2025.");
        QueuedClaim suggested = new QueuedClaim(Api.id(unqueued, "id"), unqueued.getString("claims[0].id"));
        assertEquals("SUGGESTED", claimView(suggested).getString("status"));
        publish("verdicts.published", claim.claimId(), verdictEvent(claim, UUID.randomUUID(), 1, "FALSE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "FALSE".equals(claimView(claim).getString("verdict.rating")));
        ConsumerTask<String, String> changed = KafkaEvents.watch(kafka, "claims.changed", List.of(claim.claimId()));
        changed.awaitRecords(2, Duration.ofSeconds(30)); // queued, first verdict
        ConsumerTask<String, String> deadLetters = KafkaEvents.watch(kafka, "factdesk.dead-letter",
                List.of(claim.claimId(), suggested.claimId()));

        Map<String, String> reasons = new LinkedHashMap<>(); // event id -> what its dead-letter-reason must say
        UUID anotherReview = UUID.randomUUID();
        String fromAnotherReview = withReview(verdictEvent(claim, UUID.randomUUID(), 2, "TRUE"), anotherReview);
        reasons.put(eventId(fromAnotherReview), "verdict of review " + anotherReview);
        String farAhead = verdictEvent(claim, UUID.randomUUID(), 1 + 11, "TRUE");
        reasons.put(eventId(farAhead), "verdictVersion 12");
        String neverQueued = verdictEvent(suggested, UUID.randomUUID(), 1, "TRUE");
        reasons.put(eventId(neverQueued), "SUGGESTED");
        for (String impossible : List.of(fromAnotherReview, farAhead, neverQueued)) {
            EventSchemas.assertValid("verdicts.published", impossible);
        }
        publish("verdicts.published", claim.claimId(), fromAnotherReview);
        publish("verdicts.published", claim.claimId(), farAhead);
        publish("verdicts.published", suggested.claimId(), neverQueued);
        publish("verdicts.published", claim.claimId(), verdictEvent(claim, UUID.randomUUID(), 2, "MISLEADING"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "MISLEADING".equals(claimView(claim).getString("verdict.rating")));
        // Delivery is at least once (a rebalance may replay a message), so the set of dead events, not a count.
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.getRecords().stream()
                .map(record -> eventId(record.value())).collect(java.util.stream.Collectors.toSet())
                .equals(reasons.keySet()));
        deadLetters.getRecords().forEach(record -> {
            var reason = record.headers().lastHeader("dead-letter-reason");
            assertNotNull(reason, "the dead letter says why");
            String expected = reasons.get(eventId(record.value()));
            assertTrue(new String(reason.value(), StandardCharsets.UTF_8).contains(expected),
                    "reason of " + record.value() + " names " + expected);
        });
        deadLetters.close();

        JsonPath view = claimView(claim);
        assertEquals(2, view.getInt("verdict.verdictVersion"));
        assertEquals("MISLEADING", view.getString("verdict.rating"));
        JsonPath untouched = claimView(suggested);
        assertEquals("SUGGESTED", untouched.getString("status"));
        assertNull(untouched.get("verdict"), "a verdict landed on a claim that was never queued");
        // queued, first verdict, correction: the impossible verdicts announced nothing.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> changed.count() == 3);
        assertEquals(List.of("null", "FALSE", "MISLEADING"),
                changed.getRecords().stream().map(record -> rating(record.value())).toList());
        changed.close();
    }

    /**
     * The review-service names the review a claim is under with its first progress event (QUEUED, which moves no
     * status). A verdict of another review before any verdict is impossible: dead-lettered, nothing stored, nothing
     * announced. The review's own verdict behind it on the same key lands.
     */
    @Test
    void aVerdictOfAnotherReviewThanTheOneTheClaimIsUnderIsDeadLetteredBeforeAnyVerdict() throws Exception {
        QueuedClaim claim = queueOneClaim("The port handled 4.2 million containers in 2024, its operator said.");
        ConsumerTask<String, String> changed = KafkaEvents.watch(kafka, "claims.changed", List.of(claim.claimId()));
        changed.awaitRecords(1, Duration.ofSeconds(30)); // queued
        ConsumerTask<String, String> deadLetters = KafkaEvents.watch(kafka, "factdesk.dead-letter", List.of(claim.claimId()));
        String ownVerdict = verdictEvent(claim, UUID.randomUUID(), 1, "TRUE");
        UUID review = UUID.fromString(JSON.readTree(ownVerdict).path("reviewId").asText());
        Map<String, Object> opened = new LinkedHashMap<>();
        opened.put("eventId", UUID.randomUUID().toString());
        opened.put("occurredAt", "2026-11-21T10:00:00Z");
        opened.put("version", 1);
        opened.put("reviewId", review.toString());
        opened.put("claimId", claim.claimId());
        opened.put("articleId", claim.articleId().toString());
        opened.put("state", "QUEUED");
        opened.put("previousState", null);
        opened.put("assignee", null);
        opened.put("actor", "editor");
        String progress = JSON.writeValueAsString(opened);
        EventSchemas.assertValid("reviews.progress", progress);
        publish("reviews.progress", claim.claimId(), progress);
        await().atMost(Duration.ofSeconds(30)).until(() -> review.equals(reviewUnder(claim)));
        long version = claimView(claim).getLong("version");

        UUID anotherReview = UUID.randomUUID();
        String forged = withReview(verdictEvent(claim, UUID.randomUUID(), 1, "FALSE"), anotherReview);
        EventSchemas.assertValid("verdicts.published", forged);
        publish("verdicts.published", claim.claimId(), forged);
        deadLetters.awaitRecords(1, Duration.ofSeconds(30));
        assertEquals(version, claimView(claim).getLong("version"), "the impossible verdict changed the claim");
        assertNull(claimView(claim).get("verdict"));
        publish("verdicts.published", claim.claimId(), ownVerdict);

        await().atMost(Duration.ofSeconds(30)).until(() -> "TRUE".equals(claimView(claim).getString("verdict.rating")));
        assertEquals(review.toString(), claimView(claim).getString("verdict.reviewId"));
        // At least once: a replay could dead-letter it again, but only this event, and with the reason.
        assertEquals(List.of(eventId(forged)),
                deadLetters.getRecords().stream().map(r -> eventId(r.value())).distinct().toList());
        String reason = new String(deadLetters.getRecords().get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8);
        assertTrue(reason.contains("verdict of review " + anotherReview) && reason.contains("under review " + review), reason);
        deadLetters.close();
        // queued, the review's verdict: neither the QUEUED progress nor the forged verdict announced anything.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> changed.count() == 2);
        assertEquals(List.of("null", "TRUE"), changed.getRecords().stream().map(record -> rating(record.value())).toList());
        changed.close();
    }

    /** The review the claim is under, as stored (not part of the API until a verdict shows it). */
    private UUID reviewUnder(QueuedClaim claim) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select review_id from claim where id = ?")) {
            query.setObject(1, UUID.fromString(claim.claimId()));
            ResultSet row = query.executeQuery();
            return row.next() ? row.getObject(1, UUID.class) : null;
        }
    }

    private static String withReview(String verdict, UUID reviewId) throws Exception {
        return JSON.writeValueAsString(((ObjectNode) JSON.readTree(verdict)).put("reviewId", reviewId.toString()));
    }

    private static String eventId(String event) {
        try {
            return JSON.readTree(event).path("eventId").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void earlierCheckedClaimsThatSayTheSameThingAreOffered() {
        QueuedClaim checked = queueOneClaim("Nearly 300 drones were launched at Kyiv overnight, the Ukrainian air force said.");
        publish("verdicts.published", checked.claimId(), verdictEvent(checked, UUID.randomUUID(), 1, "MOSTLY_TRUE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "VERDICT".equals(claimView(checked).getString("status")));

        JsonPath fresh = Api.createArticle("Follow-up " + Api.marker(),
                "Nearly 300 drones were launched at Kyiv overnight, the air force said.");
        UUID articleId = Api.id(fresh, "id");
        String claimId = fresh.getString("claims[0].id");
        JsonPath matches = as("editor").get("/api/articles/{id}/claims/{claimId}/matches", articleId, claimId)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> found = matches.getList("$");
        Map<String, Object> match = found.stream().filter(m -> checked.claimId().equals(m.get("claimId"))).findFirst()
                .orElseThrow();
        assertTrue(((Number) match.get("similarity")).doubleValue() > 0.4);
        assertEquals("MOSTLY_TRUE", ((Map<?, ?>) match.get("verdict")).get("rating"));
        assertEquals(checked.articleId().toString(), match.get("articleId"));

        JsonPath unrelated = Api.createArticle("Unrelated " + Api.marker(),
                "The city council approved 12 new schools in 2024.");
        as("editor")
                .get("/api/articles/{id}/claims/{claimId}/matches", Api.id(unrelated, "id"),
                        unrelated.getString("claims[0].id"))
                .then().statusCode(200)
                .body("claimId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(checked.claimId())));
    }

    private record QueuedClaim(UUID articleId, String claimId) {
    }

    private static QueuedClaim queueOneClaim(String sentence) {
        JsonPath article = Api.createArticle("Verdict " + Api.marker(), sentence);
        UUID articleId = Api.id(article, "id");
        List<Map<String, Object>> claims = article.getList("claims");
        assertEquals(1, claims.size(), "the sentence is check-worthy");
        return new QueuedClaim(articleId, Api.queue(articleId, claims).getString("[0].id"));
    }

    private static JsonPath claimView(QueuedClaim claim) {
        JsonPath article = Api.article(claim.articleId());
        return new JsonPath(article.prettify()).setRootPath("claims.find { it.id == '" + claim.claimId() + "' }");
    }

    private void publish(String topic, String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion(Duration.ofSeconds(30));
    }

    private static String rating(String changedEvent) {
        try {
            return JSON.readTree(changedEvent).path("rating").asText("null");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A verdicts.published event as the review-service writes it, plus a field this service does not know. */
    private static String verdictEvent(QueuedClaim claim, UUID eventId, int verdictVersion, String rating) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId.toString());
        event.put("occurredAt", "2026-11-21T10:00:00Z");
        event.put("version", 1);
        event.put("claimId", claim.claimId());
        event.put("reviewId", UUID.nameUUIDFromBytes(claim.claimId().getBytes(StandardCharsets.UTF_8)).toString());
        event.put("articleId", claim.articleId().toString());
        event.put("verdictVersion", verdictVersion);
        event.put("rating", rating);
        event.put("ratingValue", 2);
        event.put("label", "Rated " + rating);
        event.put("summary", "Checked against the air force's daily reports.");
        event.put("reviewUrl", "https://factdesk.example/reviews/" + claim.claimId());
        event.put("researchedBy", "reviewer");
        event.put("approvedBy", "editor2");
        event.put("correctionNote", verdictVersion > 1 ? "rating revised" : null);
        event.put("publishedAt", "2026-11-21T10:00:00Z");
        event.put("unknownToThisService", "ignored");
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
