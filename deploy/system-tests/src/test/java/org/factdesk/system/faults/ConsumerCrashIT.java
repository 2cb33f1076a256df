package org.factdesk.system.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.factdesk.system.support.ClaimBatch;
import org.factdesk.system.support.ConsumerGroups;
import org.factdesk.system.support.Database;
import org.factdesk.system.support.Faults;
import org.factdesk.system.support.SystemUnderTest;
import org.factdesk.system.support.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * The review-service dies (kill -9: no shutdown, no final commit) while it is working through a batch of
 * claims.queued events, and is started again: it resumes from its last committed offset, so some events are
 * delivered a second time (the test proves some were, from the offsets committed at the kill), the processed-event
 * table makes sure none is applied twice, and none is dead-lettered.
 */
class ConsumerCrashIT {

    /** How long the counts must stay as they are once reached: a late redelivery applied twice would show in it. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @Test
    void aConsumerKilledMidBatchLosesNothingAndAppliesNothingTwice() {
        Faults.requireOwnedStack();
        int claimCount = SystemUnderTest.longRun() ? 2000 : 300;
        ClaimBatch batch = ClaimBatch.prepare("editor", claimCount);
        List<UUID> claimIds = batch.claimIds();
        Set<String> keys = Set.copyOf(batch.claimKeys());
        String itemsOfBatch = "select count(*) from review_item where claim_id = any(?)";

        try (TopicReader queued = TopicReader.fromNow("claims.queued");
                TopicReader deadLetters = TopicReader.fromNow("factdesk.dead-letter")) {
            long atKill;
            Set<String> appliedAtKill;
            Map<Integer, Long> committedAtKill;
            try {
                ClaimBatch.queue("editor", batch.byArticle());
                await("the review-service starts on the batch").atMost(Duration.ofMinutes(1))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> Database.REVIEW.number(itemsOfBatch, claimIds) > 0);
                Faults.kill("review-service");
                // Dead, it commits nothing more: what it applied past these offsets must come to it again.
                committedAtKill = ConsumerGroups.committedOffsets(ConsumerGroups.REVIEW_SERVICE, "claims.queued");
                appliedAtKill = Database.REVIEW.rows("select claim_id::text from review_item where claim_id = any(?)", claimIds)
                        .stream().map(row -> (String) row.get(0)).collect(Collectors.toSet());
                atKill = appliedAtKill.size();
            } finally {
                Faults.start("review-service");
            }
            assertTrue(atKill < claimCount, "the kill came after the whole batch (" + atKill + " of " + claimCount
                    + " items): make the batch bigger so the crash happens mid-batch");

            await(claimCount + " review items after the restart").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> Database.REVIEW.number(itemsOfBatch, claimIds) >= claimCount);
            await("exactly " + claimCount + " review items for " + SETTLE).during(SETTLE).atMost(SETTLE.multipliedBy(3))
                    .until(() -> Database.REVIEW.number(itemsOfBatch, claimIds) == claimCount);

            // Redelivery happened: events the service had applied, but whose offsets it had not committed when it
            // died, were delivered again after the restart, and applied no second time (the counts below).
            List<ConsumerRecord<String, String>> events = await("the batch's claims.queued events").atMost(PATIENCE)
                    .until(() -> queued.matching(record -> keys.contains(record.key())),
                            found -> found.size() >= claimCount);
            long redelivered = events.stream()
                    .filter(record -> appliedAtKill.contains(record.key())
                            && record.offset() >= committedAtKill.getOrDefault(record.partition(), 0L))
                    .count();
            assertTrue(redelivered > 0, "no event applied before the crash was past the committed offsets "
                    + committedAtKill + ": the crash proved nothing about redelivery");

            assertEquals(claimCount, Database.REVIEW.number(
                    "select count(*) from review_audit a join review_item i on i.id = a.review_id where i.claim_id = any(?) and a.action = 'QUEUE'",
                    claimIds), "audit entries of opening: one per claim");
            assertEquals(claimCount, Database.REVIEW.number(
                    "select count(*) from outbox_event where topic = 'reviews.progress' and message_key = any(?)",
                    batch.claimKeys()),
                    "reviews.progress events of opening: one per claim");
            assertEquals(claimCount, Database.REVIEW.number(
                    "select count(distinct message_key) from outbox_event where topic = 'reviews.progress' and message_key = any(?)",
                    batch.claimKeys()));
            // What the restarted service wrote while recovering still leaves through its outbox.
            await("the review-service outbox drained").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Database.REVIEW.number(
                            "select count(*) from outbox_event where topic = 'reviews.progress' and message_key = any(?) and sent_at is null",
                            batch.claimKeys()) == 0);
            // A crash is no reason to give up on a valid event.
            assertEquals(List.of(), deadLetters.matching(record -> keys.contains(record.key())),
                    "dead letters of the batch");
        }
    }
}
