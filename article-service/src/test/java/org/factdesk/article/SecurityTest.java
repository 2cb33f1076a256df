package org.factdesk.article;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.factdesk.article.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.factdesk.article.support.Api;
import org.factdesk.article.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Real Keycloak tokens: who may read, who may write, and which tokens are refused. */
@QuarkusTest
class SecurityTest {

    private static final Map<String, String> ARTICLE = Map.of("title", "Security", "body",
            "The bridge cost 3 million euros in 2023.");

    @Test
    void anonymousRequestsAre401() {
        given().get("/api/articles").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:factdesk:problem:unauthorized"));
        given().contentType(ContentType.JSON).body(ARTICLE).post("/api/articles").then().statusCode(401);
        given().get("/api/articles/claims").then().statusCode(401);
    }

    @Test
    void editorsAndAdminsWriteReviewersOnlyRead() {
        as("admin").body(ARTICLE).post("/api/articles").then().statusCode(201);
        JsonPath article = Api.createArticle(ARTICLE);
        UUID id = Api.id(article, "id");
        String claimId = article.getString("claims[0].id");

        as("reviewer").get("/api/articles/{id}", id).then().statusCode(200);
        as("reviewer").get("/api/articles").then().statusCode(200);
        as("reviewer").get("/api/articles/claims").then().statusCode(200);
        as("reviewer").get("/api/articles/{id}/claims/{claimId}/matches", id, claimId).then().statusCode(200);

        as("reviewer").body(ARTICLE).post("/api/articles").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:factdesk:problem:forbidden"));
        as("reviewer").body(Map.of("title", "x", "body", "y", "version", 0)).put("/api/articles/{id}", id).then()
                .statusCode(403);
        as("reviewer").body(Map.of("start", 0, "end", 10)).post("/api/articles/{id}/claims", id).then().statusCode(403);
        as("reviewer").body(Map.of("priority", "LOW", "version", 0)).patch("/api/articles/{id}/claims/{claimId}", id, claimId)
                .then().statusCode(403);
        as("reviewer").body(Map.of("version", 0)).post("/api/articles/{id}/claims/{claimId}/dismiss", id, claimId).then()
                .statusCode(403);
        as("reviewer").body(Map.of("version", 0)).post("/api/articles/{id}/claims/{claimId}/withdraw", id, claimId).then()
                .statusCode(403);
        as("reviewer").body(Map.of("claims", List.of(Map.of("claimId", claimId, "version", 0))))
                .post("/api/articles/{id}/queue", id).then().statusCode(403);
        as("admin").get("/api/articles/{id}", id).then().statusCode(200).body("createdBy", equalTo("editor"));
    }

    @Test
    void tokensWithoutThisServicesAudienceAre401() {
        String other = Tokens.fresh("factdesk-other", "editor");
        given().auth().oauth2(other).get("/api/articles").then().statusCode(401);
    }

    @Test
    void tamperedTokensAre401() {
        String token = Tokens.of("editor");
        String[] parts = token.split("\\.");
        // Same header and signature, payload of another user: the signature no longer matches.
        String forged = parts[0] + "." + Tokens.of("admin").split("\\.")[1] + "." + parts[2];
        given().auth().oauth2(forged).get("/api/articles").then().statusCode(401);
        String flipped = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(flipped).get("/api/articles").then().statusCode(401);
    }

    @Test
    void expiredTokensAre401() {
        String shortLived = Tokens.fresh("factdesk-expiring", "editor");
        given().auth().oauth2(shortLived).get("/api/articles").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(shortLived).get("/api/articles").statusCode() == 401);
    }
}
