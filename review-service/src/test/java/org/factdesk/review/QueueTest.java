package org.factdesk.review;

import static org.factdesk.review.Desk.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Queue order, filters and keyset pagination. The queue is shared with other tests: only our items are compared. */
@QuarkusTest
class QueueTest {

    @Test
    void queueIsOrderedByPriorityDueTimeThenCheckWorthinessAcrossPages() {
        String article = UUID.randomUUID().toString();
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant later = soon.plus(1, ChronoUnit.DAYS);
        // Queued in scrambled order; expected queue position in the name.
        String e = queue(article, "LOW", null, 0.99);
        String a = queue(article, "URGENT", null, 0.10);
        String d = queue(article, "NORMAL", null, 0.90);
        String c = queue(article, "NORMAL", later, 0.20);
        String b2 = queue(article, "NORMAL", soon, 0.30);
        String b1 = queue(article, "NORMAL", soon, 0.70);
        List<String> expected = List.of(a, b1, b2, c, d, e);

        List<String> seen = new ArrayList<>();
        Set<String> all = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = as("reviewer").queryParam("state", "QUEUED").queryParam("limit", 7)
                    .queryParam("after", after == null ? "" : after)
                    .get("/api/reviews").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(items.size() <= 7);
            for (Map<String, Object> item : items) {
                assertTrue(all.add((String) item.get("id")), "no item twice across pages");
                if (expected.contains((String) item.get("id"))) {
                    seen.add((String) item.get("id"));
                }
            }
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 10_000);
        assertEquals(expected, seen);
    }

    @Test
    void filtersByAssigneeMePriorityAndOverdue() {
        String overdue = queue(UUID.randomUUID().toString(), "HIGH", Instant.now().minus(1, ChronoUnit.HOURS), 0.5);
        JsonPath page = as("editor").queryParam("overdue", true).queryParam("priority", "HIGH").queryParam("limit", 100)
                .get("/api/reviews").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertTrue(items.stream().allMatch(i -> Boolean.TRUE.equals(i.get("overdue")) && "HIGH".equals(i.get("priority"))));
        // Overdue items come first among HIGH ones (earliest due), so ours is on the first page.
        assertTrue(items.stream().anyMatch(i -> overdue.equals(i.get("id"))));

        Steps.take("reviewer2", Desk.reviewById(overdue));
        List<Map<String, Object>> mine = as("reviewer2").queryParam("assignee", "me").queryParam("limit", 100)
                .queryParam("state", "IN_RESEARCH")
                .get("/api/reviews").then().statusCode(200).extract().jsonPath().getList("items");
        assertTrue(mine.stream().allMatch(i -> "reviewer2".equals(i.get("assignee"))));
        assertTrue(mine.stream().anyMatch(i -> overdue.equals(i.get("id"))));

        JsonPath stats = as("editor").get("/api/reviews/stats").then().statusCode(200).extract().jsonPath();
        assertTrue(stats.getLong("overdue") >= 1);
        assertTrue(stats.getLong("countsByState.IN_RESEARCH") >= 1);
        assertTrue(stats.getLong("reviewerLoad.reviewer2") >= 1);
        assertTrue(stats.getDouble("medianSecondsInState.QUEUED") >= 0);
    }

    @Test
    void notOverdueMeansEveryOtherItemIncludingOpenOnesWithoutADueTime() {
        String article = UUID.randomUUID().toString();
        String undated = queue(article, "LOW", null, 0.5);
        String later = queue(article, "LOW", Instant.now().plus(1, ChronoUnit.DAYS), 0.5);
        String late = queue(article, "LOW", Instant.now().minus(1, ChronoUnit.HOURS), 0.5);

        Set<String> notOverdue = allIds("overdue", "false");
        Set<String> overdue = allIds("overdue", "true");
        assertEquals(List.of(true, true, false), List.of(notOverdue.contains(undated), notOverdue.contains(later),
                notOverdue.contains(late)), "undated, due tomorrow, an hour late: not overdue");
        assertEquals(List.of(false, false, true), List.of(overdue.contains(undated), overdue.contains(later),
                overdue.contains(late)), "undated, due tomorrow, an hour late: overdue");
    }

    @Test
    void textSearchFindsClaimsContainingItCaseInsensitivelyInTheListAndTheExport() {
        String marker = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String bus = queueClaim("The " + marker + " bus budget doubled in 2025.");
        String percent = queueClaim("Fares rose 50% in " + marker + " last year.");
        queueClaim("Fares rose 50 percent in " + marker + " last year.");

        assertEquals(Set.of(bus), searched(marker.toUpperCase() + " BUS"), "case-insensitive substring");
        assertEquals(Set.of(bus), searched("The " + marker));
        // % and _ are the user's characters, not wildcards: "50%" is not "50 percent".
        assertEquals(Set.of(percent), searched("50% in " + marker));
        assertEquals(Set.of(), searched(marker + "_"));

        String csv = as("editor").accept("text/csv").queryParam("q", marker + " bus")
                .get("/api/reviews/export/queue.csv").then().statusCode(200).extract().asString();
        assertEquals(2, csv.strip().split("\r\n").length, "the header and exactly our row: " + csv);
        assertTrue(csv.contains(bus), csv);

        for (String bad : List.of("ab", "x".repeat(201))) {
            as("editor").queryParam("q", bad).get("/api/reviews").then().statusCode(400)
                    .body("detail", org.hamcrest.Matchers.startsWith("q: must be 3 to 200 characters"));
        }
    }

    private static Set<String> searched(String q) {
        Set<String> ids = new HashSet<>();
        as("reviewer").queryParam("q", q).queryParam("limit", 100).get("/api/reviews").then().statusCode(200)
                .extract().jsonPath().getList("items", Map.class).forEach(item -> ids.add((String) item.get("id")));
        return ids;
    }

    private static String queueClaim(String text) {
        return Desk.queuedReview(event -> event.put("claimText", text)).getString("id");
    }

    /** Every id the queue lists under one filter, across all its pages (QUEUED LOW items only, to keep it short). */
    private static Set<String> allIds(String filter, String value) {
        Set<String> ids = new HashSet<>();
        String after = null;
        do {
            JsonPath page = as("editor").queryParam("state", "QUEUED").queryParam("priority", "LOW")
                    .queryParam(filter, value).queryParam("limit", 100).queryParam("after", after == null ? "" : after)
                    .get("/api/reviews").then().statusCode(200).extract().jsonPath();
            page.getList("items", Map.class).forEach(item -> ids.add((String) item.get("id")));
            after = page.getString("next");
        } while (after != null);
        return ids;
    }

    private static String queue(String articleId, String priority, Instant due, double worthiness) {
        return Desk.queuedReview(event -> {
            event.put("articleId", articleId);
            event.put("priority", priority);
            event.put("checkWorthiness", worthiness);
            if (due != null) {
                event.put("dueAt", due.toString());
            }
        }).getString("id");
    }
}
