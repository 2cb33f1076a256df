package org.factdesk.article.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The article-service REST API as editors use it, with real Keycloak tokens. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    public static JsonPath createArticle(String title, String body) {
        return createArticle(Map.of("title", title, "body", body));
    }

    public static JsonPath createArticle(Map<String, ?> request) {
        return as("editor").body(request).post("/api/articles").then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath article(UUID id) {
        return as("editor").get("/api/articles/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    public static UUID id(JsonPath json, String path) {
        return UUID.fromString(json.getString(path));
    }

    /** Queues the given claims of an article (all at their current version) and returns the queued views. */
    public static JsonPath queue(UUID articleId, List<Map<String, Object>> claims) {
        return as("editor").body(Map.of("claims", claims.stream()
                .map(claim -> Map.of("claimId", claim.get("id"), "version", claim.get("version")))
                .toList()))
                .post("/api/articles/{id}/queue", articleId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** A unique word so searches and filters find exactly this test's articles. */
    public static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
