package org.factdesk.review;

import static org.factdesk.review.Desk.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The reviewer picker against the real Keycloak (the demo realm's reviewers) and the real counters. */
@QuarkusTest
class ReviewerPickerTest {

    private static final String PATH = "/api/reviews/reviewers";

    @Test
    void editorsSeeEveryReviewerWithTheirOpenLoad() {
        long before = openItems("reviewer2");
        JsonPath review = Desk.queuedReview(claim -> {
        });
        Steps.assign("editor", review, "reviewer2");

        List<Map<String, Object>> reviewers = as("editor").get(PATH).then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertEquals(List.of("reviewer", "reviewer2"),
                reviewers.stream().map(reviewer -> (String) reviewer.get("username")).sorted().toList(),
                "exactly the realm's users with the reviewer role");
        assertEquals(before + 1, openItems("reviewer2"));
        long first = ((Number) reviewers.get(0).get("openItems")).longValue();
        long second = ((Number) reviewers.get(1).get("openItems")).longValue();
        assertEquals(true, first <= second, "the least loaded first: " + reviewers);
    }

    @Test
    void onlyThoseWhoAssignMayListReviewers() {
        as("reviewer").get(PATH).then().statusCode(403);
        as("admin").get(PATH).then().statusCode(200);
        io.restassured.RestAssured.given().get(PATH).then().statusCode(401);
    }

    private static long openItems(String username) {
        List<Map<String, Object>> reviewers = as("editor").get(PATH).then().statusCode(200).extract().jsonPath()
                .getList("$");
        return reviewers.stream().filter(reviewer -> username.equals(reviewer.get("username")))
                .map(reviewer -> ((Number) reviewer.get("openItems")).longValue()).findFirst().orElseThrow();
    }
}
