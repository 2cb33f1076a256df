package org.factdesk.article;

import static org.factdesk.article.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.factdesk.article.support.Api;
import org.factdesk.article.support.RepoFiles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Ingest and edit: detection, ranking, exact spans, conversions, limits and re-anchoring. */
@QuarkusTest
class ArticleIngestTest {

    @Test
    void sharedArticlesComeBackWithRankedSuggestionsWhoseSpansSliceTheBody() {
        for (int number = 1; number <= 5; number++) {
            String text = RepoFiles.sharedArticle(number);
            JsonPath article = Api.createArticle(Map.of("title", "Shared article " + number, "body", text,
                    "author", "Sample Desk", "publication", "Samples"));
            String body = article.getString("body");
            List<Map<String, Object>> claims = article.getList("claims");

            assertFalse(claims.isEmpty(), "article-" + number + " has check-worthy sentences");
            int previousStart = -1;
            for (Map<String, Object> claim : claims) {
                int start = (Integer) claim.get("start");
                int end = (Integer) claim.get("end");
                assertEquals(claim.get("originalText"), body.substring(start, end), "span slices the body exactly");
                assertEquals(claim.get("text"), claim.get("originalText"));
                assertTrue(start >= previousStart, "claims come in document order");
                previousStart = start;
                assertEquals("SUGGESTED", claim.get("status"));
                assertEquals("DETECTED", claim.get("origin"));
                double score = ((Number) claim.get("score")).doubleValue();
                assertTrue(score > 0.5 && score <= 1, "suggestions are above the threshold: " + score);
                assertFalse(((List<?>) claim.get("reasons")).isEmpty(), "a suggestion says why");
                assertFalse(((String) claim.get("originalText")).contains("Share This Article"), "boilerplate is no claim");
            }
            List<Map<String, Object>> ranked = claims.stream()
                    .sorted(Comparator.comparing(claim -> (Integer) claim.get("rank")))
                    .toList();
            for (int i = 0; i < ranked.size(); i++) {
                assertEquals(i + 1, ranked.get(i).get("rank"));
                if (i > 0) {
                    assertTrue(((Number) ranked.get(i - 1).get("score")).doubleValue() >= ((Number) ranked.get(i).get("score"))
                            .doubleValue(), "rank follows score");
                }
            }
        }
    }

    @Test
    void numericFactualSentencesAreSuggestedAndOpinionIsNot() {
        JsonPath article = Api.createArticle("Energy pause " + Api.marker(), """
                Russia agreed to pause attacks on energy infrastructure for 30 days, the Kremlin said on Tuesday.

                Peace cannot be imposed.

                Share This Article""");
        List<String> texts = article.getList("claims.originalText");
        assertEquals(
                List.of("Russia agreed to pause attacks on energy infrastructure for 30 days, the Kremlin said on Tuesday."),
                texts);
    }

    @Test
    void markdownAndHtmlAreConvertedToPlainText() {
        JsonPath markdown = Api.createArticle(Map.of("title", "Markdown", "format", "MARKDOWN",
                "body",
                "# Headline\n\nThe call lasted **over two hours**, officials said on [Monday](https://example.org).\n"));
        assertEquals("Headline\n\nThe call lasted over two hours, officials said on Monday.", markdown.getString("body"));

        JsonPath html = Api.createArticle(Map.of("title", "HTML", "format", "HTML",
                "body", "<html><body><h1>Headline</h1><p>Nearly <b>300</b> drones were launched overnight.</p>"
                        + "<script>track()</script><footer>Share This Article</footer></body></html>"));
        assertEquals("Headline\n\nNearly 300 drones were launched overnight.", html.getString("body"));
    }

    @Test
    void bodiesOver200KbAreRefusedWith413AndNothingIsStored() {
        String title = "Too large " + Api.marker();
        String body = "The ministry reported 41 new cases on Monday. ".repeat(4500);
        as("editor").body(Map.of("title", title, "body", body)).post("/api/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:factdesk:problem:too-large"))
                .body("status", equalTo(413))
                .body("detail", containsString("limit is 204800 bytes"));
        as("editor").queryParam("q", title).get("/api/articles").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void reEditingKeepsUnchangedClaimsAndReanchorsTheirSpans() {
        String first = "Over 50,000 Russian troops gathered around the Sumy border in May. "
                + "Nearly 300 drones were launched at Kyiv overnight, the air force said.";
        JsonPath created = Api.createArticle("Re-anchor " + Api.marker(), first);
        UUID articleId = Api.id(created, "id");
        List<Map<String, Object>> before = created.getList("claims");
        Map<String, Object> drones = before.stream()
                .filter(claim -> ((String) claim.get("originalText")).startsWith("Nearly 300 drones")).findFirst()
                .orElseThrow();
        Map<String, Object> troops = before.stream()
                .filter(claim -> ((String) claim.get("originalText")).startsWith("Over 50,000")).findFirst().orElseThrow();
        // The editor dismisses one suggestion; the edit must not bring it back.
        as("editor").body(Map.of("version", troops.get("version")))
                .post("/api/articles/{id}/claims/{claimId}/dismiss", articleId, troops.get("id")).then().statusCode(200);

        String edited = "Kyiv, Monday. The talks lasted over two hours, according to the Kremlin. "
                + "Nearly 300 drones were launched at Kyiv overnight, the air force said.";
        JsonPath updated = as("editor").body(Map.of("title", "Re-anchor edited", "body", edited,
                "version", created.getLong("version")))
                .put("/api/articles/{id}", articleId).then().statusCode(200).extract().jsonPath();

        String body = updated.getString("body");
        List<Map<String, Object>> after = updated.getList("claims");
        Map<String, Object> kept = after.stream().filter(claim -> claim.get("id").equals(drones.get("id"))).findFirst()
                .orElseThrow();
        assertEquals(edited.indexOf("Nearly 300"), kept.get("start"), "the kept claim moved with its text");
        assertEquals(kept.get("originalText"), body.substring((Integer) kept.get("start"), (Integer) kept.get("end")));
        assertTrue(after.stream().noneMatch(claim -> claim.get("id").equals(troops.get("id"))),
                "a suggestion whose sentence is gone is dropped");
        assertTrue(
                after.stream()
                        .anyMatch(claim -> ((String) claim.get("originalText")).startsWith("The talks lasted over two hours")),
                "new sentences are detected");
        for (Map<String, Object> claim : after) {
            assertEquals(claim.get("originalText"), body.substring((Integer) claim.get("start"), (Integer) claim.get("end")));
        }
    }

    @Test
    void anEditOnAStaleVersionIsAConflict() {
        JsonPath created = Api.createArticle("Stale " + Api.marker(), "The call lasted over two hours on Tuesday.");
        UUID id = Api.id(created, "id");
        long version = created.getLong("version");
        as("editor").body(Map.of("title", "First edit", "body", "The call lasted two hours on Tuesday.", "version", version))
                .put("/api/articles/{id}", id).then().statusCode(200).body("version", equalTo((int) version + 1));
        as("editor").body(Map.of("title", "Second edit", "body", "The call lasted an hour.", "version", version))
                .put("/api/articles/{id}", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("version " + version));
        assertEquals("First edit", Api.article(id).getString("title"), "the stale edit changed nothing");
    }

    @Test
    void errorsAreProblemDetails() {
        as("editor").body("{\"title\": \"broken\", ").post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("JSON"))
                .body("type", equalTo("urn:factdesk:problem:malformed-request"));
        as("editor").body(Map.of("body", "No title here.")).post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:factdesk:problem:validation"))
                .body("violations.field", org.hamcrest.Matchers.hasItem("title"))
                .body("detail", containsString("title"));
        as("editor").body(Map.of("title", "Bad format", "body", "Text.", "format", "PDF")).post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("format"))
                .body("type", equalTo("urn:factdesk:problem:malformed-request"));
        as("editor").get("/api/articles/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("no article"))
                .body("type", equalTo("urn:factdesk:problem:not-found"));
        as("editor").body(Map.of("title", "x", "body", "y", "version", 0)).put("/api/articles/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
