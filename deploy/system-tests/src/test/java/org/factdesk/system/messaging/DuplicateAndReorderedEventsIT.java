package org.factdesk.system.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.factdesk.system.support.Articles;
import org.factdesk.system.support.Articles.ClaimRef;
import org.factdesk.system.support.ConsumerGroups;
import org.factdesk.system.support.Database;
import org.factdesk.system.support.EventPayloads;
import org.factdesk.system.support.EventSchemas;
import org.factdesk.system.support.Reviews;
import org.factdesk.system.support.TopicReader;
import org.factdesk.system.support.TopicWriter;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;

/**
 * At-least-once delivery means the same event may come again, and events of one claim on different topics may
 * come in any order. The consumers' end state must not care: each event is applied once, and a late event never
 * undoes a later state.
 */
class DuplicateAndReorderedEventsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long counts must hold still after the consumer committed past the events that must not change them. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aClaimsQueuedDeliveredThreeTimesOpensOneReviewAndResetsNothing() {
        try (TopicReader queuedTopic = TopicReader.fromNow("claims.queued"); TopicWriter writer = new TopicWriter()) {
            ClaimRef claim = Articles.queuedClaim("editor");
            ConsumerRecord<String, String> original = firstFor(queuedTopic, claim.claimId());
            JsonPath item = awaitItem(claim.claimId());
            UUID reviewId = UUID.fromString(item.getString("id"));
            long takenVersion = Reviews.take("reviewer", reviewId, item.getLong("version")).getLong("version");

            // Deliveries two and three, after the item has moved on.
            writer.send("claims.queued", original.key(), original.value());
            RecordMetadata last = writer.send("claims.queued", original.key(), original.value());
            ConsumerGroups.awaitConsumed(ConsumerGroups.REVIEW_SERVICE, "claims.queued", last.partition(), last.offset(),
                    PATIENCE);

            JsonPath after = Reviews.get("reviewer", reviewId);
            assertEquals("IN_RESEARCH", after.getString("state"), "a duplicate reopened the item");
            assertEquals("reviewer", after.getString("assignee"));
            assertEquals(takenVersion, after.getLong("version"), "a duplicate changed the item");
            assertEquals(1, Database.REVIEW.number("select count(*) from review_item where claim_id = ?", claim.claimId()));
            assertEquals(1, Database.REVIEW.number("select count(*) from review_audit where review_id = ? and action = 'QUEUE'",
                    reviewId));
        }
    }

    @Test
    void aVerdictDeliveredThreeTimesIsAppliedOnceAndALateProgressEventDoesNotUndoIt() {
        try (TopicReader verdictTopic = TopicReader.fromNow("verdicts.published");
                TopicReader progressTopic = TopicReader.fromNow("reviews.progress");
                TopicWriter writer = new TopicWriter()) {
            ClaimRef claim = Articles.queuedClaim("editor");
            UUID reviewId = UUID.fromString(awaitItem(claim.claimId()).getString("id"));
            Reviews.publish("reviewer", "editor2", reviewId);
            ConsumerRecord<String, String> verdict = firstFor(verdictTopic, claim.claimId());
            await("verdict applied").atMost(PATIENCE).until(() -> "VERDICT"
                    .equals(Database.ARTICLE.rows("select status from claim where id = ?", claim.claimId()).get(0).get(0)));
            ConsumerRecord<String, String> inResearch = await("IN_RESEARCH progress").atMost(PATIENCE)
                    .until(() -> progressTopic.matching(r -> claim.claimId().toString().equals(r.key())
                            && r.value().contains("\"IN_RESEARCH\"")), found -> !found.isEmpty())
                    .get(0);
            long claimVersion = Database.ARTICLE.number("select version from claim where id = ?", claim.claimId());
            long changedEvents = Database.ARTICLE.number(
                    "select count(*) from outbox_event where topic = 'claims.changed' and message_key = ?",
                    claim.claimId().toString());

            // The same verdict twice more.
            writer.send("verdicts.published", verdict.key(), verdict.value());
            RecordMetadata lastVerdict = writer.send("verdicts.published", verdict.key(), verdict.value());
            // A progress event from before the verdict, delivered only now (a new delivery, so a new event id).
            ObjectNode late = (ObjectNode) EventSchemas.valid("reviews.progress", inResearch.value()).deepCopy();
            late.put("eventId", UUID.randomUUID().toString());
            RecordMetadata lateProgress = writer.send("reviews.progress", inResearch.key(), late.toString());
            ConsumerGroups.awaitConsumed(ConsumerGroups.ARTICLE_SERVICE, "verdicts.published", lastVerdict.partition(),
                    lastVerdict.offset(), PATIENCE);
            ConsumerGroups.awaitConsumed(ConsumerGroups.ARTICLE_SERVICE, "reviews.progress", lateProgress.partition(),
                    lateProgress.offset(), PATIENCE);

            assertEquals(claimVersion, Database.ARTICLE.number("select version from claim where id = ?", claim.claimId()),
                    "the claim changed again");
            assertEquals(changedEvents,
                    Database.ARTICLE.number(
                            "select count(*) from outbox_event where topic = 'claims.changed' and message_key = ?",
                            claim.claimId().toString()),
                    "claims.changed announced a change that did not happen");
            JsonPath article = Articles.get("editor", claim.articleId());
            assertEquals("CHECKED", article.getString("status"));
            assertEquals("VERDICT", article.getString("claims[0].status"));
            assertEquals(1, article.getInt("claims[0].verdict.verdictVersion"));
        }
    }

    /**
     * Kafka keeps the order per claim, but a replay, a redelivery after a crash or a relay that re-reads its source
     * can bring a correction before the verdict it corrects, or the first verdict again after the correction. Both
     * events carry ids never seen before, so only the verdict version can keep the older one from winning.
     */
    @Test
    void anOlderVerdictVersionAfterItsCorrectionChangesNothing() {
        try (TopicReader verdictTopic = TopicReader.fromNow("verdicts.published"); TopicWriter writer = new TopicWriter()) {
            ClaimRef claim = Articles.queuedClaim("editor");
            UUID reviewId = UUID.fromString(awaitItem(claim.claimId()).getString("id"));
            Reviews.publish("reviewer", "editor2", reviewId);
            ConsumerRecord<String, String> published = firstFor(verdictTopic, claim.claimId());
            JsonNode first = EventSchemas.valid("verdicts.published", published.value());
            assertEquals(1, first.get("verdictVersion").asInt(), "the first publication is version 1");
            await("verdict 1 applied").atMost(PATIENCE).until(() -> Database.ARTICLE
                    .number("select coalesce(verdict_version, 0) from claim where id = ?", claim.claimId()) == 1);
            long changedBefore = changedEvents(claim);

            // The correction, as the review-service would publish it: version 2, another rating, a new event id.
            String correctedRating = "MOSTLY_TRUE".equals(first.get("rating").asText()) ? "FALSE" : "MOSTLY_TRUE";
            ObjectNode correction = ((ObjectNode) first.deepCopy())
                    .put("eventId", UUID.randomUUID().toString()).put("occurredAt", Instant.now().toString())
                    .put("verdictVersion", 2).put("rating", correctedRating).put("label", "Corrected by a system test")
                    .put("correctionNote", "A second source changed the picture.").put("correctionProposedBy", "reviewer")
                    .put("publishedAt", Instant.now().toString());
            EventSchemas.valid("verdicts.published", correction.toString());
            RecordMetadata corrected = writer.send("verdicts.published", published.key(), correction.toString());
            ConsumerGroups.awaitConsumed(ConsumerGroups.ARTICLE_SERVICE, "verdicts.published", corrected.partition(),
                    corrected.offset(), PATIENCE);
            assertEquals(2, Database.ARTICLE.number("select verdict_version from claim where id = ?", claim.claimId()),
                    "the correction was not applied");
            assertEquals(changedBefore + 1, changedEvents(claim), "the correction is announced once on claims.changed");
            long claimVersion = Database.ARTICLE.number("select version from claim where id = ?", claim.claimId());

            // Version 1 once more, behind its correction, under an event id never seen (as a relay re-reading its
            // source would give it), so deduplication by event id cannot stop it.
            ObjectNode stale = ((ObjectNode) first.deepCopy()).put("eventId", UUID.randomUUID().toString());
            EventSchemas.valid("verdicts.published", stale.toString());
            RecordMetadata late = writer.send("verdicts.published", published.key(), stale.toString());
            ConsumerGroups.awaitConsumed(ConsumerGroups.ARTICLE_SERVICE, "verdicts.published", late.partition(), late.offset(),
                    PATIENCE);

            await("nothing announced for the stale verdict").during(SETTLE).atMost(SETTLE.multipliedBy(3))
                    .until(() -> changedEvents(claim) == changedBefore + 1);
            assertEquals(claimVersion, Database.ARTICLE.number("select version from claim where id = ?", claim.claimId()),
                    "the stale verdict changed the claim");
            JsonPath article = Articles.get("editor", claim.articleId());
            assertEquals("VERDICT", article.getString("claims[0].status"));
            assertEquals(2, article.getInt("claims[0].verdict.verdictVersion"));
            assertEquals(correctedRating, article.getString("claims[0].verdict.rating"));
            assertEquals("Corrected by a system test", article.getString("claims[0].verdict.label"));
        }
    }

    @Test
    void aWithdrawalThatOvertakesItsClaimsQueuedOpensNoReview() throws Exception {
        UUID claimId = UUID.randomUUID();
        UUID articleId = UUID.randomUUID();
        Instant queuedAt = Instant.now().minusSeconds(5);
        ObjectNode withdrawn = JSON.createObjectNode()
                .put("eventId", UUID.randomUUID().toString()).put("occurredAt", Instant.now().toString()).put("version", 1)
                .put("claimId", claimId.toString()).put("articleId", articleId.toString())
                .put("withdrawnBy", "editor").put("reason", "published in error");
        ObjectNode queued = EventPayloads.claimQueued(claimId, articleId, queuedAt);
        EventSchemas.valid("claims.withdrawn", withdrawn.toString());
        EventSchemas.valid("claims.queued", queued.toString());

        try (TopicWriter writer = new TopicWriter()) {
            RecordMetadata first = writer.send("claims.withdrawn", claimId.toString(), withdrawn.toString());
            ConsumerGroups.awaitConsumed(ConsumerGroups.REVIEW_SERVICE, "claims.withdrawn", first.partition(), first.offset(),
                    PATIENCE);
            RecordMetadata second = writer.send("claims.queued", claimId.toString(), queued.toString());
            ConsumerGroups.awaitConsumed(ConsumerGroups.REVIEW_SERVICE, "claims.queued", second.partition(), second.offset(),
                    PATIENCE);
        }
        assertNull(Reviews.byClaim("editor", claimId), "a withdrawn claim got an open review");
        assertEquals(0, Database.REVIEW.number("select count(*) from review_item where claim_id = ? and state <> 'WITHDRAWN'",
                claimId));
    }

    private static long changedEvents(ClaimRef claim) {
        return Database.ARTICLE.number("select count(*) from outbox_event where topic = 'claims.changed' and message_key = ?",
                claim.claimId().toString());
    }

    private static ConsumerRecord<String, String> firstFor(TopicReader topic, UUID claimId) {
        List<ConsumerRecord<String, String>> found = await("event for " + claimId + " on its topic").atMost(PATIENCE)
                .until(() -> topic.matching(r -> claimId.toString().equals(r.key())), records -> !records.isEmpty());
        return found.get(0);
    }

    private static JsonPath awaitItem(UUID claimId) {
        return await("review item for " + claimId).atMost(PATIENCE).until(() -> Reviews.byClaim("reviewer", claimId),
                item -> item != null);
    }
}
