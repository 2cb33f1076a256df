package org.factdesk.review;

import static org.factdesk.review.Desk.as;
import static org.factdesk.review.Steps.approve;
import static org.factdesk.review.Steps.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** /stats reads counters kept in the same transaction as the changes; they always equal a full recount. */
@QuarkusTest
class StatsCountersTest {

    /**
     * Counters and a recount of review_item, compared inside one statement (one snapshot), so that claims other
     * test runs queue on the shared broker meanwhile cannot make the comparison flaky.
     */
    private static final String MISMATCHES = """
            with truth as (
                select 'state' as kind, state as key, count(*) as value from review_item group by state
                union all
                select 'verdict', rating, count(*) from review_item
                where state in ('PUBLISHED', 'CORRECTED') and rating is not null group by rating
                union all
                select 'load', assignee, count(*) from review_item
                where assignee is not null and state in ('QUEUED', 'IN_RESEARCH', 'SUBMITTED', 'CHANGES_REQUESTED')
                group by assignee),
            kept as (select kind, key, value from review_counter where value <> 0)
            select (select count(*) from (select * from truth except select * from kept) missing)
                 + (select count(*) from (select * from kept except select * from truth) extra),
                   (select count(*) from truth)""";

    @Inject
    Pool database;

    @Test
    void countersFollowEveryChangeInTheSameTransaction() {
        JsonPath queued = Desk.queuedReview(e -> {
        });
        take("reviewer2", Desk.queuedReview(e -> {
        }));
        JsonPath published = approve("editor", Steps.submitted("reviewer"));
        Steps.corrected(published, "editor2", "admin");
        JsonPath sentBack = Steps.submitted("reviewer2");
        Steps.ok(Steps.post("editor", sentBack.getString("id"), "request-changes",
                Desk.body("reason", "More sources.", "version", sentBack.getLong("version"))));
        Steps.assign("editor", queued, "reviewer");

        Row check = database.query(MISMATCHES).execute().await().atMost(Duration.ofSeconds(10)).iterator().next();
        assertEquals(0L, check.getLong(0), "maintained counters equal the recount");
        assertTrue(check.getLong(1) > 0);

        JsonPath stats = as("editor").get("/api/reviews/stats").then().statusCode(200).extract().jsonPath();
        assertTrue(stats.getLong("countsByState.CORRECTED") >= 1);
        assertTrue(stats.getLong("verdictMix.MOSTLY_FALSE") >= 1);
        assertTrue(stats.getLong("reviewerLoad.reviewer2") >= 1);
        for (String state : new String[] { "QUEUED", "IN_RESEARCH", "SUBMITTED", "PUBLISHED" }) {
            assertTrue(stats.getDouble("medianSecondsInState." + state) >= 0, state);
        }
    }
}
