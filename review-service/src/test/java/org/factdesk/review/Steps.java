package org.factdesk.review;

import static org.factdesk.review.Desk.as;
import static org.factdesk.review.Desk.body;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Workflow steps as a user performs them through the API; each expects success and returns the new view. */
public final class Steps {

    private Steps() {
    }

    public static Response post(String user, String id, String action, Object body) {
        return as(user).body(body).post("/api/reviews/" + id + "/" + action);
    }

    public static JsonPath ok(Response response) {
        return response.then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath take(String user, JsonPath review) {
        return ok(post(user, review.getString("id"), "take", body("version", review.getLong("version"))));
    }

    public static JsonPath assign(String user, JsonPath review, String assignee) {
        return ok(post(user, review.getString("id"), "assign",
                body("assignee", assignee, "version", review.getLong("version"))));
    }

    public static void addSource(String user, JsonPath review) {
        post(user, review.getString("id"), "sources", body(
                "url", "https://www.example.gov/budget/2025",
                "title", "Budget 2025",
                "publisher", "City Council",
                "quote", "Bus services: 12.4 million (2024: 11.9 million)",
                "accessedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "primary", true)).then().statusCode(201);
    }

    public static JsonPath submit(String user, JsonPath review, String rating) {
        return ok(post(user, review.getString("id"), "submit", submission(rating, review.getLong("version"))));
    }

    public static Object submission(String rating, long version) {
        return body("rating", rating, "label", "False: the budget grew 4%",
                "summary", "The bus budget rose from 11.9 to 12.4 million, not double.",
                "explanation", "The 2025 budget lists 12.4 million for bus services against 11.9 million in 2024.",
                "version", version);
    }

    public static JsonPath approve(String user, JsonPath review) {
        return ok(post(user, review.getString("id"), "approve", body("version", review.getLong("version"))));
    }

    public static Object correction(String note, String rating, long version) {
        return body("correctionNote", note, "rating", rating, "label", "Mostly false: up 6%",
                "summary", "Up 6%, not double.", "explanation", "The revised 2024 budget shows 11.7 million.",
                "version", version);
    }

    /** Proposes a correction (201); the returned item carries it as pendingCorrection. */
    public static JsonPath proposeCorrection(String user, JsonPath review, String note) {
        return post(user, review.getString("id"), "corrections", correction(note, "MOSTLY_FALSE",
                review.getLong("version"))).then().statusCode(201).extract().jsonPath();
    }

    public static Response decideCorrection(String user, JsonPath review, String decision) {
        return post(user, review.getString("id"), "corrections/" + review.getString("pendingCorrection.id")
                + "/" + decision, body("version", review.getLong("version")));
    }

    /** A published item corrected once: proposed by {@code proposer}, approved by {@code approver}. */
    public static JsonPath corrected(JsonPath published, String proposer, String approver) {
        return ok(decideCorrection(approver, proposeCorrection(proposer, published, "Corrected figure."), "approve"));
    }

    /** A fresh item brought to SUBMITTED, researched by {@code researcher}. */
    public static JsonPath submitted(String researcher) {
        JsonPath review = take(researcher, Desk.queuedReview(e -> {
        }));
        addSource(researcher, review);
        return submit(researcher, review, "FALSE");
    }
}
