package org.factdesk.system.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.factdesk.system.support.Articles;
import org.factdesk.system.support.Articles.ClaimRef;
import org.factdesk.system.support.Reviews;
import org.factdesk.system.support.TopicReader;
import org.factdesk.system.support.TopicWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A message nobody can use goes to factdesk.dead-letter with the reason, and the consumer carries on with the
 * next message instead of retrying the poison forever.
 */
class PoisonMessageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Poison for the review-service (claims.queued); the claim queued after it must still get its review. */
    @ParameterizedTest(name = "claims.queued: {0}")
    @ValueSource(strings = { "{not json at all", "{\"eventId\":\"not-a-uuid\",\"claimId\":42}", "\u0000\u0001binary" })
    void poisonOnClaimsQueuedIsDeadLetteredAndTheReviewServiceKeepsGoing(String poison) {
        String key = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter"); TopicWriter writer = new TopicWriter()) {
            writer.send("claims.queued", key, poison);
            ClaimRef after = Articles.queuedClaim("editor");

            ConsumerRecord<String, String> dead = deadLetterFrom(deadLetters, key, "claims.queued");
            assertEquals(poison, dead.value(), "the dead letter carries the original message");
            await("review of the claim queued after the poison").atMost(PATIENCE)
                    .until(() -> Reviews.byClaim("reviewer", after.claimId()), item -> item != null);
        }
    }

    /** Poison for the article-service (reviews.progress); a good progress event after it is still applied. */
    @ParameterizedTest(name = "reviews.progress: {0}")
    @ValueSource(strings = { "]]]", "{\"eventId\":\"" + "00000000-0000-0000-0000-000000000000" + "\",\"state\":\"SLEEPING\"}" })
    void poisonOnReviewsProgressIsDeadLetteredAndTheArticleServiceKeepsGoing(String poison) throws Exception {
        String key = UUID.randomUUID().toString();
        ClaimRef claim = Articles.queuedClaim("editor");
        try (TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter"); TopicWriter writer = new TopicWriter()) {
            writer.send("reviews.progress", key, poison);
            String progress = JSON.writeValueAsString(Map.of(
                    "eventId", UUID.randomUUID().toString(), "occurredAt", Instant.now().toString(), "version", 1,
                    "reviewId", UUID.randomUUID().toString(), "claimId", claim.claimId().toString(),
                    "articleId", claim.articleId().toString(), "state", "IN_RESEARCH", "previousState", "QUEUED",
                    "assignee", "reviewer", "actor", "reviewer"));
            writer.send("reviews.progress", claim.claimId().toString(), progress);

            deadLetterFrom(deadLetters, key, "reviews.progress");
            await("the good event after the poison is applied").atMost(PATIENCE)
                    .untilAsserted(() -> Articles.expectStatus("editor", claim, "IN_REVIEW"));
        }
    }

    /** The dead letter for our key from the consumer of {@code topic}, with a reason in its headers. */
    private static ConsumerRecord<String, String> deadLetterFrom(TopicReader deadLetters, String key, String topic) {
        List<ConsumerRecord<String, String>> found = await("dead letter for " + key).atMost(PATIENCE)
                .until(() -> deadLetters.matching(r -> key.equals(r.key())
                        && topic.equals(TopicReader.header(r, "dead-letter-topic"))), records -> !records.isEmpty());
        ConsumerRecord<String, String> dead = found.get(0);
        String reason = TopicReader.header(dead, "dead-letter-reason");
        assertTrue(reason != null && !reason.isBlank(), "no dead-letter-reason header: " + TopicReader.headers(dead));
        return dead;
    }
}
