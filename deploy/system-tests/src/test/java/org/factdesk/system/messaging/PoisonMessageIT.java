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
import org.factdesk.system.support.EventPayloads;
import org.factdesk.system.support.TopicReader;
import org.factdesk.system.support.TopicWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A message nobody can use goes to factdesk.dead-letter with the reason, exactly once, and the consumer carries on
 * with the next message of the same partition (the good successor has the poison's key) instead of retrying the
 * poison forever.
 */
class PoisonMessageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long the counts must stay as they are: a redelivered poison would dead-letter twice within it. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    /** Poison for the review-service (claims.queued); the valid event behind it on the same key opens its review. */
    @ParameterizedTest(name = "claims.queued: {0}")
    @ValueSource(strings = { "{not json at all", "{\"eventId\":\"not-a-uuid\",\"claimId\":42}", "\u0000\u0001binary" })
    void poisonOnClaimsQueuedIsDeadLetteredAndTheReviewServiceKeepsGoing(String poison) {
        UUID claimId = UUID.randomUUID();
        String key = claimId.toString();
        try (TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter"); TopicWriter writer = new TopicWriter()) {
            writer.send("claims.queued", key, poison);
            RecordMetadata good = writer.send("claims.queued", key,
                    EventPayloads.claimQueued(claimId, UUID.randomUUID(), Instant.now()).toString());

            ConsumerRecord<String, String> dead = deadLetterFrom(deadLetters, key, "claims.queued");
            assertEquals(poison, dead.value(), "the dead letter carries the original message");
            ConsumerGroups.awaitConsumed(ConsumerGroups.REVIEW_SERVICE, "claims.queued", good.partition(), good.offset(),
                    PATIENCE);
            assertEquals(1, Database.REVIEW.number("select count(*) from review_item where claim_id = ?", claimId),
                    "review items of the claim queued behind the poison");
            assertExactlyOneDeadLetter(deadLetters, key, "claims.queued");
        }
    }

    /** Poison for the article-service (reviews.progress); the good event behind it on the same key is applied. */
    @ParameterizedTest(name = "reviews.progress: {0}")
    @ValueSource(strings = { "]]]", "{\"eventId\":\"" + "00000000-0000-0000-0000-000000000000" + "\",\"state\":\"SLEEPING\"}" })
    void poisonOnReviewsProgressIsDeadLetteredAndTheArticleServiceKeepsGoing(String poison) {
        ClaimRef claim = Articles.queuedClaim("editor");
        String key = claim.claimId().toString();
        try (TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter"); TopicWriter writer = new TopicWriter()) {
            writer.send("reviews.progress", key, poison);
            writer.send("reviews.progress", key, EventPayloads.inResearch(claim).toString());

            deadLetterFrom(deadLetters, key, "reviews.progress");
            await("the good event after the poison is applied").atMost(PATIENCE)
                    .untilAsserted(() -> Articles.expectStatus("editor", claim, "IN_REVIEW"));
            assertExactlyOneDeadLetter(deadLetters, key, "reviews.progress");
        }
    }

    /** The dead letter for our key from the consumer of {@code topic}, with a reason in its headers. */
    private static ConsumerRecord<String, String> deadLetterFrom(TopicReader deadLetters, String key, String topic) {
        List<ConsumerRecord<String, String>> found = await("dead letter for " + key).atMost(PATIENCE)
                .until(() -> deadLettersOf(deadLetters, key, topic), records -> !records.isEmpty());
        ConsumerRecord<String, String> dead = found.get(0);
        String reason = TopicReader.header(dead, "dead-letter-reason");
        assertTrue(reason != null && !reason.isBlank(), "no dead-letter-reason header: " + TopicReader.headers(dead));
        return dead;
    }

    private static void assertExactlyOneDeadLetter(TopicReader deadLetters, String key, String topic) {
        await("exactly one dead letter for " + key).during(SETTLE).atMost(SETTLE.multipliedBy(4))
                .until(() -> deadLettersOf(deadLetters, key, topic).size(), count -> count == 1);
    }

    private static List<ConsumerRecord<String, String>> deadLettersOf(TopicReader deadLetters, String key, String topic) {
        return deadLetters.matching(r -> key.equals(r.key()) && topic.equals(TopicReader.header(r, "dead-letter-topic")));
    }
}
