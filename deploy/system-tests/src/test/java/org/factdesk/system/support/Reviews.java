package org.factdesk.system.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The review-service as reviewers and editors use it: the four-eyes workflow. */
public final class Reviews {

    private Reviews() {
    }

    /** The review item of a claim, or null while the service has not seen the claims.queued event. */
    public static JsonPath byClaim(String user, UUID claimId) {
        Response response = Api.review(user).get("/api/reviews/by-claim/{claimId}", claimId);
        if (response.statusCode() == 404) {
            return null;
        }
        return response.then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath get(String user, UUID reviewId) {
        return Api.review(user).get("/api/reviews/{id}", reviewId).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath take(String user, UUID reviewId, long version) {
        return Api.review(user).body(Map.of("version", version))
                .post("/api/reviews/{id}/take", reviewId).then().statusCode(200).extract().jsonPath();
    }

    public static void addSource(String user, UUID reviewId) {
        Api.review(user)
                .body(Map.of("url", "https://www.example.org/statistics/report-" + reviewId,
                        "title", "Annual statistics report",
                        "publisher", "Statistics Office",
                        "quote", "The figure in the claim matches table 4 of the report.",
                        "accessedAt", Instant.now().toString(),
                        "primary", true))
                .post("/api/reviews/{id}/sources", reviewId)
                .then().statusCode(201);
    }

    public static Response submit(String user, UUID reviewId, long version) {
        return Api.review(user)
                .body(Map.of("rating", "MOSTLY_TRUE",
                        "label", "Mostly true",
                        "summary", "The number matches the statistics office's report; the percentage is rounded.",
                        "explanation", "We compared the claim with table 4 of the annual report.",
                        "version", version))
                .post("/api/reviews/{id}/submit", reviewId);
    }

    public static Response approve(String user, UUID reviewId, long version) {
        return Api.review(user).body(Map.of("version", version)).post("/api/reviews/{id}/approve", reviewId);
    }

    /** take -> add a source -> submit, as one researcher; returns the SUBMITTED item. */
    public static JsonPath research(String researcher, UUID reviewId) {
        JsonPath item = get(researcher, reviewId);
        take(researcher, reviewId, item.getLong("version"));
        addSource(researcher, reviewId);
        long version = get(researcher, reviewId).getLong("version");
        return submit(researcher, reviewId, version).then().statusCode(200).extract().jsonPath();
    }

    /** Researched by one person, approved by another: the verdict is published. */
    public static JsonPath publish(String researcher, String approver, UUID reviewId) {
        JsonPath submitted = research(researcher, reviewId);
        return approve(approver, reviewId, submitted.getLong("version")).then().statusCode(200).extract().jsonPath();
    }
}
