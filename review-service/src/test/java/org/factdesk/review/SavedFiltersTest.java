package org.factdesk.review;

import static org.factdesk.review.Desk.as;
import static org.factdesk.review.Desk.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Saved views of the queue: each user's own, checked like the list's filters, bounded. */
@QuarkusTest
class SavedFiltersTest {

    private static final String PATH = "/api/reviews/saved-filters";

    @Test
    void aUserSavesReplacesAndDeletesTheirOwnViewsAndNobodyElseSeesThem() {
        String name = "Urgent for me " + UUID.randomUUID();
        JsonPath saved = as("reviewer").body(body("name", name, "state", "in_research", "assignee", "me",
                "priority", "URGENT", "overdue", true, "q", "  bus budget ")).post(PATH)
                .then().statusCode(201).extract().jsonPath();
        assertEquals(name, saved.getString("name"));
        assertEquals("IN_RESEARCH", saved.getString("state"));
        assertEquals("me", saved.getString("assignee"), "'me' stays whoever uses the view");
        assertEquals("bus budget", saved.getString("q"));
        String id = saved.getString("id");

        // The same name again replaces the view (same id), it does not add one.
        JsonPath replaced = as("reviewer").body(body("name", name, "state", "QUEUED")).post(PATH)
                .then().statusCode(201).extract().jsonPath();
        assertEquals(id, replaced.getString("id"));
        assertEquals("QUEUED", replaced.getString("state"));
        assertEquals(null, replaced.getString("priority"));
        assertEquals(1, mine("reviewer", name).size());

        // Another user neither sees it nor can delete it (404, as for an id that does not exist).
        assertEquals(List.of(), mine("reviewer2", name));
        as("reviewer2").delete(PATH + "/" + id).then().statusCode(404);
        assertEquals(1, mine("reviewer", name).size());

        as("reviewer").delete(PATH + "/" + id).then().statusCode(204);
        assertEquals(List.of(), mine("reviewer", name));
        as("reviewer").delete(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void aViewHoldsOnlyFiltersTheListAccepts() {
        as("editor").body(body("name", "bad", "state", "NOPE")).post(PATH).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("state: "));
        as("editor").body(body("name", "bad", "q", "ab")).post(PATH).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("q: must be 3 to 200 characters"));
        as("editor").body(body("name", " ")).post(PATH).then().statusCode(400);
        as("editor").body(body("name", "x".repeat(101))).post(PATH).then().statusCode(400);
    }

    @Test
    void aUserHoldsAtMostFiftyViews() {
        // admin's views are this test's alone.
        List<Map<String, Object>> before = as("admin").get(PATH).then().statusCode(200).extract().jsonPath().getList("$");
        before.forEach(view -> as("admin").delete(PATH + "/" + view.get("id")).then().statusCode(204));
        for (int i = 0; i < 50; i++) {
            as("admin").body(body("name", "view " + i, "priority", "HIGH")).post(PATH).then().statusCode(201);
        }
        as("admin").body(body("name", "one more")).post(PATH).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.startsWith("you have 50 saved views already"));
        // Replacing one of the fifty is still possible.
        as("admin").body(body("name", "view 7", "priority", "LOW")).post(PATH).then().statusCode(201);
        List<Map<String, Object>> all = as("admin").get(PATH).then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(50, all.size());
        assertTrue(all.stream().anyMatch(view -> "view 7".equals(view.get("name")) && "LOW".equals(view.get("priority"))));
        all.forEach(view -> as("admin").delete(PATH + "/" + view.get("id")).then().statusCode(204));
    }

    private static List<Map<String, Object>> mine(String user, String name) {
        List<Map<String, Object>> views = as(user).get(PATH).then().statusCode(200).extract().jsonPath().getList("$");
        return views.stream().filter(view -> name.equals(view.get("name"))).toList();
    }
}
