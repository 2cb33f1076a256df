package org.factdesk.system.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Consumers check what an event means, not only its shape: a schema-valid event that no order of real events can
 * explain goes to factdesk.dead-letter once, with the reason, and has no effect. (Events that are merely early or
 * late, such as a verdict before its review's progress or an older verdict version after its correction, are applied
 * or ignored: DuplicateAndReorderedEventsIT.)
 */
class ImpossibleEventsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long the counts must stay as they are: a redelivered event would dead-letter twice within it. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The review-service opens one review per claim and names it in its first progress event; a verdict of another
     * review is dead-lettered before the claim holds any verdict, and the claim still takes its own review's verdict.
     */
    @Test
    void aVerdictOfAnotherReviewThanTheOneTheClaimIsUnderIsDeadLetteredAndChangesNothing() {
        try (TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter"); TopicWriter writer = new TopicWriter()) {
            ClaimRef claim = Articles.queuedClaim("editor");
            String key = claim.claimId().toString();
            UUID reviewId = UUID.fromString(awaitItem(claim.claimId()).getString("id"));
            await("the article-service knows the claim's review").atMost(PATIENCE).until(() -> Database.ARTICLE
                    .number("select count(*) from claim where id = ? and review_id = ?", claim.claimId(), reviewId) == 1);
            long claimVersion = Database.ARTICLE.number("select version from claim where id = ?", claim.claimId());
            long changedBefore = changedEvents(claim);

            UUID otherReview = UUID.randomUUID();
            String forged = JSON.createObjectNode()
                    .put("eventId", UUID.randomUUID().toString()).put("occurredAt", Instant.now().toString())
                    .put("version", 1).put("claimId", key).put("reviewId", otherReview.toString())
                    .put("articleId", claim.articleId().toString()).put("verdictVersion", 1).put("rating", "TRUE")
                    .put("ratingValue", 5).put("label", "Forged by a system test").put("summary", "No review wrote this.")
                    .put("reviewUrl", "https://factdesk.example/reviews/" + otherReview).put("researchedBy", "reviewer")
                    .put("approvedBy", "editor2").put("publishedAt", Instant.now().toString()).toString();
            EventSchemas.valid("verdicts.published", forged);
            RecordMetadata sent = writer.send("verdicts.published", key, forged);
            ConsumerGroups.awaitConsumed(ConsumerGroups.ARTICLE_SERVICE, "verdicts.published", sent.partition(),
                    sent.offset(), PATIENCE);

            ConsumerRecord<String, String> dead = exactlyOneDeadLetter(deadLetters, key, "verdicts.published");
            assertEquals(forged, dead.value(), "the dead letter carries the original message");
            String reason = TopicReader.header(dead, "dead-letter-reason");
            assertTrue(reason.contains("verdict of review " + otherReview) && reason.contains("under review " + reviewId),
                    "reason: " + reason);
            assertEquals(claimVersion, Database.ARTICLE.number("select version from claim where id = ?", claim.claimId()),
                    "the impossible verdict changed the claim");
            assertEquals(0, Database.ARTICLE.number("select count(*) from claim where id = ? and verdict_rating is not null",
                    claim.claimId()), "the impossible verdict was stored");
            assertEquals(changedBefore, changedEvents(claim), "claims.changed announced a change that did not happen");

            Reviews.publish("reviewer", "editor2", reviewId);
            await("the claim's own review's verdict lands").atMost(PATIENCE).until(() -> Database.ARTICLE.number(
                    "select count(*) from claim where id = ? and verdict_version = 1 and verdict_review_id = ?",
                    claim.claimId(), reviewId) == 1);
        }
    }

    /** A correction cannot skip a thousand versions: the article-service keeps the verdict it holds. */
    @Test
    void aVerdictVersionFarAheadOfTheClaimsIsDeadLetteredAndChangesNothing() {
        try (TopicReader verdictTopic = TopicReader.fromNow("verdicts.published");
                TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter");
                TopicWriter writer = new TopicWriter()) {
            ClaimRef claim = Articles.queuedClaim("editor");
            String key = claim.claimId().toString();
            UUID reviewId = UUID.fromString(awaitItem(claim.claimId()).getString("id"));
            Reviews.publish("reviewer", "editor2", reviewId);
            ConsumerRecord<String, String> published = await("the verdict on its topic").atMost(PATIENCE)
                    .until(() -> verdictTopic.matching(r -> key.equals(r.key())), found -> !found.isEmpty()).get(0);
            await("verdict 1 applied").atMost(PATIENCE).until(() -> Database.ARTICLE
                    .number("select coalesce(verdict_version, 0) from claim where id = ?", claim.claimId()) == 1);
            long claimVersion = Database.ARTICLE.number("select version from claim where id = ?", claim.claimId());
            long changedBefore = changedEvents(claim);

            JsonNode first = EventSchemas.valid("verdicts.published", published.value());
            ObjectNode absurd = ((ObjectNode) first.deepCopy()).put("eventId", UUID.randomUUID().toString())
                    .put("verdictVersion", 1000).put("rating", "TRUE").put("label", "Forged by a system test");
            EventSchemas.valid("verdicts.published", absurd.toString());
            RecordMetadata sent = writer.send("verdicts.published", key, absurd.toString());
            ConsumerGroups.awaitConsumed(ConsumerGroups.ARTICLE_SERVICE, "verdicts.published", sent.partition(),
                    sent.offset(), PATIENCE);

            ConsumerRecord<String, String> dead = exactlyOneDeadLetter(deadLetters, key, "verdicts.published");
            assertEquals(absurd.toString(), dead.value(), "the dead letter carries the original message");
            assertTrue(TopicReader.header(dead, "dead-letter-reason").contains("verdictVersion 1000"),
                    "reason: " + TopicReader.header(dead, "dead-letter-reason"));
            assertEquals(claimVersion, Database.ARTICLE.number("select version from claim where id = ?", claim.claimId()),
                    "the impossible verdict changed the claim");
            assertEquals(changedBefore, changedEvents(claim), "claims.changed announced a change that did not happen");
            JsonPath article = Articles.get("editor", claim.articleId());
            assertEquals(1, article.getInt("claims[0].verdict.verdictVersion"));
            assertEquals(first.get("rating").asText(), article.getString("claims[0].verdict.rating"));
        }
    }

    /** The article-service dates a withdrawal when it commits it; one dated an hour ahead is no clock skew. */
    @Test
    void aWithdrawalDatedInTheFutureIsDeadLetteredAndLeavesTheReviewOpen() {
        try (TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter"); TopicWriter writer = new TopicWriter()) {
            ClaimRef claim = Articles.queuedClaim("editor");
            String key = claim.claimId().toString();
            UUID reviewId = UUID.fromString(awaitItem(claim.claimId()).getString("id"));
            ObjectNode future = JSON.createObjectNode()
                    .put("eventId", UUID.randomUUID().toString())
                    .put("occurredAt", Instant.now().plus(Duration.ofHours(1)).toString()).put("version", 1)
                    .put("claimId", key).put("articleId", claim.articleId().toString())
                    .put("withdrawnBy", "editor").put("reason", "dated by a clock an hour fast");
            EventSchemas.valid("claims.withdrawn", future.toString());
            RecordMetadata sent = writer.send("claims.withdrawn", key, future.toString());
            ConsumerGroups.awaitConsumed(ConsumerGroups.REVIEW_SERVICE, "claims.withdrawn", sent.partition(),
                    sent.offset(), PATIENCE);

            ConsumerRecord<String, String> dead = exactlyOneDeadLetter(deadLetters, key, "claims.withdrawn");
            assertEquals(future.toString(), dead.value(), "the dead letter carries the original message");
            assertTrue(TopicReader.header(dead, "dead-letter-reason").contains("in the future"),
                    "reason: " + TopicReader.header(dead, "dead-letter-reason"));
            assertEquals("QUEUED", Reviews.get("reviewer", reviewId).getString("state"), "the review was withdrawn");
            assertEquals(0, Database.REVIEW.number("select count(*) from withdrawn_claim where claim_id = ?",
                    claim.claimId()), "a withdrawal was recorded");
            assertEquals(0,
                    Database.REVIEW.number("select count(*) from review_audit where review_id = ? and action = 'WITHDRAW'",
                            reviewId));
        }
    }

    /** The one dead letter from the consumer of {@code topic} for our key, unchanged over the settle window. */
    private static ConsumerRecord<String, String> exactlyOneDeadLetter(TopicReader deadLetters, String key, String topic) {
        await("a dead letter for " + key).atMost(PATIENCE).until(() -> deadLettersOf(deadLetters, key, topic),
                records -> !records.isEmpty());
        await("exactly one dead letter for " + key).during(SETTLE).atMost(SETTLE.multipliedBy(4))
                .until(() -> deadLettersOf(deadLetters, key, topic).size(), count -> count == 1);
        ConsumerRecord<String, String> dead = deadLettersOf(deadLetters, key, topic).get(0);
        String reason = TopicReader.header(dead, "dead-letter-reason");
        assertTrue(reason != null && !reason.isBlank(), "no dead-letter-reason header: " + TopicReader.headers(dead));
        return dead;
    }

    private static List<ConsumerRecord<String, String>> deadLettersOf(TopicReader deadLetters, String key, String topic) {
        return deadLetters.matching(r -> key.equals(r.key()) && topic.equals(TopicReader.header(r, "dead-letter-topic")));
    }

    private static long changedEvents(ClaimRef claim) {
        return Database.ARTICLE.number("select count(*) from outbox_event where topic = 'claims.changed' and message_key = ?",
                claim.claimId().toString());
    }

    private static JsonPath awaitItem(UUID claimId) {
        return await("review item for " + claimId).atMost(PATIENCE).until(() -> Reviews.byClaim("reviewer", claimId),
                item -> item != null);
    }
}
