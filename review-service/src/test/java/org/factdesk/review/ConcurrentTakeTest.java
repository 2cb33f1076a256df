package org.factdesk.review;

import static org.factdesk.review.Desk.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrentTakeTest {

    private static final int TAKES_PER_REVIEWER = 8;

    @Test
    void simultaneousTakesHaveExactlyOneWinner() throws Exception {
        JsonPath queued = Desk.queuedReview(e -> {
        });
        String id = queued.getString("id");
        long version = queued.getLong("version");
        // Tokens first, so that every request starts at the same moment.
        Tokens.of("reviewer");
        Tokens.of("reviewer2");

        int total = 2 * TAKES_PER_REVIEWER;
        ExecutorService pool = Executors.newFixedThreadPool(total);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < total; i++) {
                String user = i % 2 == 0 ? "reviewer" : "reviewer2";
                Callable<Response> take = () -> {
                    start.await();
                    return Steps.post(user, id, "take", body("version", version));
                };
                calls.add(pool.submit(take));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> call : calls) {
                responses.add(call.get(60, TimeUnit.SECONDS));
            }
            List<Response> winners = responses.stream().filter(r -> r.statusCode() == 200).toList();
            assertEquals(1, winners.size(), "exactly one take wins");
            assertTrue(responses.stream().filter(r -> r.statusCode() != 200).allMatch(r -> r.statusCode() == 409),
                    "every other take is refused with 409");
            responses.stream().filter(r -> r.statusCode() == 409)
                    .forEach(r -> assertEquals("application/problem+json", r.contentType()));

            String winner = winners.get(0).jsonPath().getString("assignee");
            JsonPath after = Desk.reviewById(id);
            assertEquals("IN_RESEARCH", after.getString("state"));
            assertEquals(winner, after.getString("assignee"));
            long takes = Desk.as("editor").get("/api/reviews/" + id + "/audit").jsonPath().getList("items.action")
                    .stream().filter("TAKE"::equals).count();
            assertEquals(1, takes, "one TAKE in the audit trail");
        } finally {
            pool.shutdownNow();
        }
    }
}
