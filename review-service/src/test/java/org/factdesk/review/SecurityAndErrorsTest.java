package org.factdesk.review;

import static org.awaitility.Awaitility.await;
import static org.factdesk.review.Desk.as;
import static org.factdesk.review.Desk.body;
import static org.factdesk.review.Steps.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Who may do what, and how refusals look (application/problem+json). */
@QuarkusTest
class SecurityAndErrorsTest {

    // On the management port, relative to its root path (/q).
    @TestHTTPResource(value = "openapi", management = true)
    URL openApiUrl;

    @Test
    void anonymousAndForeignTokensGet401() {
        RestAssured.given().get("/api/reviews").then().statusCode(401)
                .contentType("application/problem+json").body("status", is(401))
                .body("type", is("urn:factdesk:problem:unauthorized"));
        String foreign = Tokens.fresh("factdesk-other", "editor");
        RestAssured.given().auth().oauth2(foreign).get("/api/reviews").then().statusCode(401);
        String token = Tokens.of("editor");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        RestAssured.given().auth().oauth2(tampered).get("/api/reviews").then().statusCode(401);
    }

    @Test
    void expiredTokensGet401() {
        String shortLived = Tokens.fresh("factdesk-expiring", "reviewer");
        RestAssured.given().auth().oauth2(shortLived).get("/api/reviews/stats").then().statusCode(200);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20))
                .until(() -> RestAssured.given().auth().oauth2(shortLived).get("/api/reviews/stats").statusCode() == 401);
    }

    @Test
    void reviewersCannotAssignApproveOrCorrect() {
        JsonPath queued = Desk.queuedReview(e -> {
        });
        String id = queued.getString("id");
        long version = queued.getLong("version");
        post("reviewer", id, "assign", body("assignee", "reviewer", "version", version)).then().statusCode(403)
                .contentType("application/problem+json").body("type", is("urn:factdesk:problem:forbidden"));
        post("reviewer", id, "approve", body("version", version)).then().statusCode(403);
        post("reviewer", id, "request-changes", body("reason", "x", "version", version)).then().statusCode(403);
        post("reviewer", id, "corrections", body("version", version)).then().statusCode(403);
        post("reviewer", id, "corrections/" + java.util.UUID.randomUUID() + "/approve", body("version", version))
                .then().statusCode(403);
    }

    @Test
    void onlyTheAssigneeSubmits() {
        JsonPath taken = Steps.take("reviewer", Desk.queuedReview(e -> {
        }));
        Steps.addSource("reviewer", taken);
        post("reviewer2", taken.getString("id"), "submit", Steps.submission("FALSE", taken.getLong("version")))
                .then().statusCode(403).body("detail", containsString("assignee"));
    }

    @Test
    void malformedAndInvalidInputIs400NamingTheField() {
        JsonPath taken = Steps.take("reviewer", Desk.queuedReview(e -> {
        }));
        String id = taken.getString("id");
        as("reviewer").body("{\"version\": ").post("/api/reviews/" + id + "/take")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:factdesk:problem:malformed-request"));
        as("reviewer").body(body("version", "seven")).post("/api/reviews/" + id + "/take")
                .then().statusCode(400).body("detail", containsString("version"));
        post("reviewer", id, "submit", body("rating", "SORT_OF_TRUE", "label", "x", "summary", "x",
                "explanation", "x", "version", taken.getLong("version")))
                .then().statusCode(400).body("detail", containsString("rating"));
        post("reviewer", id, "submit", body("rating", "TRUE", "label", "x".repeat(121), "summary", "x",
                "explanation", "x", "version", taken.getLong("version")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("label")).body("violations[0].field", is("label"))
                .body("type", is("urn:factdesk:problem:validation"));
        as("reviewer").body(body("text", " ")).post("/api/reviews/" + id + "/notes")
                .then().statusCode(400).body("violations[0].field", is("text"));
        as("reviewer").body(body("text", "reply", "parentId", UUID.randomUUID().toString()))
                .post("/api/reviews/" + id + "/notes").then().statusCode(400).body("field", is("parentId"))
                .body("type", is("urn:factdesk:problem:validation"));
        as("reviewer").get("/api/reviews?limit=0").then().statusCode(400).body("detail", containsString("limit"))
                .body("type", is("urn:factdesk:problem:validation"));
        as("reviewer").get("/api/reviews?after=garbage").then().statusCode(400).body("detail", containsString("after"))
                .body("type", is("urn:factdesk:problem:malformed-request"));
        as("reviewer").get("/api/reviews?state=PONDERING").then().statusCode(400)
                .body("type", is("urn:factdesk:problem:malformed-request"));
    }

    @Test
    void sourceUrlsMustBeHttp() {
        JsonPath taken = Steps.take("reviewer", Desk.queuedReview(e -> {
        }));
        for (String url : new String[] { "javascript:alert(1)", "ftp://example.org/file", "file:///etc/passwd",
                "www.example.org/no-scheme", "https://" }) {
            as("reviewer").body(body("url", url, "title", "t", "publisher", "p", "quote", "q",
                    "accessedAt", "2026-11-20T10:00:00Z", "primary", false))
                    .post("/api/reviews/" + taken.getString("id") + "/sources")
                    .then().statusCode(400).body("violations[0].field", is("url"));
        }
    }

    @Test
    void unknownIdsAre404AndUnpublishedVerdictsHaveNoClaimReview() {
        String unknown = UUID.randomUUID().toString();
        as("reviewer").get("/api/reviews/" + unknown).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(unknown))
                .body("type", is("urn:factdesk:problem:not-found"));
        as("reviewer").get("/api/reviews/by-claim/" + unknown).then().statusCode(404);
        as("editor").body(body("version", 0)).post("/api/reviews/" + unknown + "/approve").then().statusCode(404);
        as("reviewer").get("/api/reviews/" + unknown + "/audit").then().statusCode(404);
        as("reviewer").get("/api/reviews/not-a-uuid").then().statusCode(404);
        String queued = Desk.queuedReview(e -> {
        }).getString("id");
        RestAssured.given().accept("application/ld+json").get("/api/reviews/" + queued + "/claim-review")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void requestsWithoutJsonBodyAreRefused() {
        String id = Desk.queuedReview(e -> {
        }).getString("id");
        as("reviewer").contentType(ContentType.TEXT).body("version=0").post("/api/reviews/" + id + "/take")
                .then().statusCode(415).body("type", is("urn:factdesk:problem:malformed-request"));
        as("reviewer").post("/api/reviews/" + id + "/take").then().statusCode(400);
    }

    @Test
    void everyEndpointIsDescribedInOpenApi() {
        String openApi = RestAssured.given().queryParam("format", "json").get(openApiUrl)
                .then().statusCode(200).extract().asString();
        for (String path : new String[] { "/api/reviews", "/api/reviews/stats", "/api/reviews/{id}",
                "/api/reviews/by-claim/{claimId}", "/api/reviews/{id}/take", "/api/reviews/{id}/assign",
                "/api/reviews/{id}/notes", "/api/reviews/{id}/sources", "/api/reviews/{id}/submit",
                "/api/reviews/{id}/approve", "/api/reviews/{id}/request-changes", "/api/reviews/{id}/corrections",
                "/api/reviews/{id}/corrections/{proposalId}/approve", "/api/reviews/{id}/corrections/{proposalId}/reject",
                "/api/reviews/{id}/audit", "/api/reviews/{id}/claim-review", "/api/public/fact-checks",
                "/api/public/fact-checks/index", "/api/public/fact-checks/{slug}" }) {
            org.junit.jupiter.api.Assertions.assertTrue(openApi.contains("\"" + path + "\""), path);
        }
    }
}
