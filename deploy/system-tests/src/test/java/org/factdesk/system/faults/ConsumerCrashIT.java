package org.factdesk.system.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.factdesk.system.support.ClaimBatch;
import org.factdesk.system.support.Database;
import org.factdesk.system.support.Faults;
import org.factdesk.system.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

/**
 * The review-service dies (kill -9: no shutdown, no final commit) while it is working through a batch of
 * claims.queued events, and is started again: it resumes from its last committed offset, so some events are
 * delivered a second time, and the processed-event table makes sure none is applied twice.
 */
class ConsumerCrashIT {

    @Test
    void aConsumerKilledMidBatchLosesNothingAndAppliesNothingTwice() {
        Faults.requireOwnedStack();
        int claimCount = SystemUnderTest.longRun() ? 2000 : 300;
        ClaimBatch batch = ClaimBatch.prepare("editor", claimCount);
        List<UUID> claimIds = batch.claimIds();
        String itemsOfBatch = "select count(*) from review_item where claim_id = any(?)";

        long atKill;
        try {
            ClaimBatch.queue("editor", batch.byArticle());
            await("the review-service starts on the batch").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Database.REVIEW.number(itemsOfBatch, claimIds) > 0);
            Faults.kill("review-service");
            atKill = Database.REVIEW.number(itemsOfBatch, claimIds);
        } finally {
            Faults.start("review-service");
        }
        assertTrue(atKill < claimCount, "the kill came after the whole batch (" + atKill + " of " + claimCount
                + " items): make the batch bigger so the crash happens mid-batch");

        await(claimCount + " review items after the restart").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Database.REVIEW.number(itemsOfBatch, claimIds) >= claimCount);

        assertEquals(claimCount, Database.REVIEW.number(itemsOfBatch, claimIds));
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
    }
}
