package org.factdesk.article;

import static io.restassured.RestAssured.given;
import static org.factdesk.article.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.factdesk.article.support.Api;
import org.factdesk.article.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Other organisations' ClaimReviews imported into the real PostgreSQL, and offered by "Already checked?". */
@QuarkusTest
class ClaimReviewImportTest {

    private static final String IMPORTS = "/api/articles/imports/claim-reviews";

    static String review(String url, String claim, String publisher) {
        return """
                {"@type": "ClaimReview", "url": "%s", "claimReviewed": "%s", "datePublished": "2024-03-01",
                 "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"},
                 "author": {"@type": "Organization", "name": "%s", "url": "https://checkers.example.org"},
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Minister"}}}"""
                .formatted(url, claim, publisher);
    }

    private static Response post(String user, String document) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/ld+json").body(document).post(IMPORTS);
    }

    @Test
    void aFeedIsImportedOnceAndAgainItChangesNothing() {
        String marker = Api.marker();
        String base = "https://checkers.example.org/" + marker;
        String feed = "{\"@context\": \"https://schema.org\", \"@type\": \"DataFeed\", \"dataFeedElement\": ["
                + review(base + "/1", "Claim one " + marker, "Example Checkers") + ","
                + "{\"@type\": \"DataFeedItem\", \"item\": " + review(base + "/2", "Claim two " + marker, "Example Checkers")
                + "},"
                // The first one again, spelled differently: the same page, so the same fact-check.
                + review("HTTPS://Checkers.Example.ORG/" + marker + "/1#rating", "Claim one " + marker, "Example Checkers")
                + "]}";

        JsonPath first = post("editor", feed).then().statusCode(200).extract().jsonPath();
        assertEquals(3, first.getInt("received"));
        assertEquals(2, first.getInt("imported"));
        assertEquals(1, first.getInt("duplicates"));
        assertEquals(List.of("IMPORTED", "IMPORTED", "DUPLICATE"), first.getList("items.outcome"));
        assertEquals(List.of(base + "/1", base + "/2", base + "/1"), first.getList("items.url"));

        JsonPath again = post("admin", feed).then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("imported"));
        assertEquals(3, again.getInt("duplicates"));

        List<Map<String, Object>> listed = mine(marker);
        assertEquals(2, listed.size());
        Map<String, Object> one = listed.stream().filter(item -> item.get("url").equals(base + "/1")).findFirst().orElseThrow();
        assertEquals("Claim one " + marker, one.get("claimReviewed"));
        assertEquals("Example Checkers", one.get("publisherName"));
        assertEquals("False", one.get("ratingLabel"));
        assertEquals(1, one.get("ratingValue"));
        assertEquals("A. Minister", one.get("claimAuthor"));
        assertEquals("2024-03-01T00:00:00Z", one.get("datePublished"));
        assertEquals("editor", one.get("importedBy"), "the first import is the one kept");
    }

    @Test
    void aDocumentWithAnInvalidItemIsRefusedWholeWithEveryProblemNamed() {
        String marker = Api.marker();
        String document = "[" + review("https://checkers.example.org/" + marker + "/ok", "Fine " + marker, "Example Checkers")
                + "," + review("ftp://checkers.example.org/" + marker, "Bad url " + marker, "Example Checkers")
                + "," + review("https://checkers.example.org/" + marker + "/2", "", "") + "]";
        Response refused = post("editor", document);
        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(List.of("items[1].url", "items[2].claimReviewed", "items[2].author.name"),
                refused.jsonPath().getList("violations.field"));
        assertTrue(refused.jsonPath().getString("detail").startsWith("3 problems in the document, nothing was imported"));
        assertEquals(List.of(), mine(marker), "the valid item was not stored either");
    }

    @Test
    void whatIsNotAClaimReviewDocumentIsABadRequest() {
        Response empty = post("editor", "{\"@type\": \"WebPage\"}");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.jsonPath().getString("detail").startsWith("the document holds no ClaimReview"));
        Response broken = post("editor", "{\"@type\": \"ClaimReview\", ");
        assertEquals(400, broken.statusCode());
        assertEquals("application/problem+json", broken.contentType());
        assertEquals(415, given().auth().oauth2(Tokens.of("editor")).contentType(ContentType.TEXT).body("x").post(IMPORTS)
                .statusCode());
    }

    @Test
    void reviewersReadTheImportsButOnlyEditorsAndAdminsImport() {
        String marker = Api.marker();
        Response refused = post("reviewer", review("https://checkers.example.org/" + marker, "C " + marker, "X"));
        assertEquals(403, refused.statusCode());
        assertEquals(List.of(), mine(marker));
        as("reviewer").get(IMPORTS).then().statusCode(200);
        given().get(IMPORTS).then().statusCode(401);
    }

    @Test
    void alreadyCheckedOffersAnImportedFactCheckWithItsPublisherAndLink() {
        String marker = Api.marker();
        String url = "https://checkers.example.org/" + marker;
        post("editor", review(url, "Unemployment fell to 3.9 percent in March " + marker, "Example Checkers"))
                .then().statusCode(200);

        JsonPath article = Api.createArticle("Jobs " + marker,
                "Unemployment fell to 3.9 percent in March " + marker + ", the ministry said on Friday.");
        UUID articleId = Api.id(article, "id");
        List<Map<String, Object>> matches = as("editor")
                .get("/api/articles/{id}/claims/{claimId}/matches", articleId, article.getString("claims[0].id"))
                .then().statusCode(200).extract().jsonPath().getList("$");
        // Other tests' (and earlier runs') imports say nearly the same thing and may be offered too: ours by its url.
        List<Map<String, Object>> imported = matches.stream().filter(match -> match.get("imported") != null
                && url.equals(((Map<?, ?>) match.get("imported")).get("url"))).toList();
        assertEquals(1, imported.size(), matches.toString());
        Map<String, Object> match = imported.get(0);
        assertNull(match.get("claimId"));
        assertNull(match.get("verdict"));
        assertTrue(((Number) match.get("similarity")).doubleValue() > 0.4, match.toString());
        Map<?, ?> fact = (Map<?, ?>) match.get("imported");
        assertEquals(url, fact.get("url"));
        assertEquals("Example Checkers", fact.get("publisherName"));
        assertEquals("False", fact.get("ratingLabel"));
        assertFalse(fact.containsKey("importedBy"), "the match says who published it, not who imported it");
    }

    /** This test's imports, found by the marker in their url among the newest 100. */
    private static List<Map<String, Object>> mine(String marker) {
        List<Map<String, Object>> items = as("editor").queryParam("limit", 100).get(IMPORTS).then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(item -> String.valueOf(item.get("url")).contains(marker)).toList();
    }
}
