package org.factdesk.article;

import static org.factdesk.article.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.factdesk.article.support.AdversarialBodies;
import org.factdesk.article.support.AdversarialBodies.Body;
import org.factdesk.article.support.Api;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Bodies built to stall the service, posted through the REST API with a real Keycloak token: each is answered within
 * seconds with a stored article (never a 500), and its claims stay within the caps (100 suggestions per body; 120
 * claims per article in the test profile, 500 by default).
 */
@QuarkusTest
class AdversarialBodyTest {

    /**
     * Generous for a shared, busy 2-core machine (the analysis itself takes well under a second of CPU); the quadratic
     * code this replaced needed minutes for some of these bodies and answered others with a 500.
     */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(15);
    private static final int MAX_SUGGESTIONS = 100;
    private static final int MAX_CLAIMS = 120;

    /** One of each kind: whitespace, tiny and huge sentences, Markdown and HTML nesting, repetition. */
    private static final Set<String> POSTED = Set.of("one run of spaces inside a line", "tabs and no-break spaces",
            "tiny sentences", "checkable sentences", "one token full of full stops", "nested block quotes",
            "link openers", "nested divs", "unclosed paragraphs");

    @Test
    void bodiesBuiltToStallTheServiceAreStoredWithinSecondsWithBoundedSuggestions() {
        List<Body> bodies = AdversarialBodies.all().stream().filter(body -> POSTED.contains(body.name())).toList();
        assertEquals(POSTED.size(), bodies.size());
        for (Body body : bodies) {
            // A first, smaller body of the kind pays for the token, the first request and the JIT; the large one is timed.
            as("editor").body(Map.of("title", body.name() + " warm-up " + Api.marker(), "body", body.ofSize(20 * 1024),
                    "format", body.format().name())).post("/api/articles").then().statusCode(201);
            String title = body.name() + " " + Api.marker();
            Timed created = timed(() -> as("editor")
                    .body(Map.of("title", title, "body", body.ofSize(AdversarialBodies.LIMIT), "format", body.format().name()))
                    .post("/api/articles"));
            assertEquals(201, created.response().statusCode(), body + ": " + created.response().asString());
            assertTrue(created.took().compareTo(ANSWERED_WITHIN) < 0, body + " took " + created.took());
            JsonPath article = created.response().jsonPath();
            String stored = article.getString("body");
            assertFalse(stored.isBlank(), body.toString());
            List<Map<String, Object>> claims = article.getList("claims");
            assertTrue(claims.size() <= MAX_SUGGESTIONS, body + ": " + claims.size() + " suggestions");
            for (Map<String, Object> claim : claims) {
                assertEquals(claim.get("originalText"),
                        stored.substring((Integer) claim.get("start"), (Integer) claim.get("end")));
            }
        }
    }

    @Test
    void editingTwoHundredKilobytesOfRepeatedSentencesReanchorsEveryClaimWithinSeconds() {
        String sentence = "It rained 3 days in May, the weather service said.\n\n";
        String body = sentence.repeat(AdversarialBodies.LIMIT / sentence.length() - 1);
        JsonPath created = Api.createArticle("Repeated " + Api.marker(), body);
        UUID id = Api.id(created, "id");
        List<Map<String, Object>> before = created.getList("claims");
        assertEquals(MAX_SUGGESTIONS, before.size(), "one suggestion per sentence, up to the cap");
        Api.queue(id, before.subList(0, 10));

        String edited = "Breaking.\n\n" + body.substring(sentence.length());
        Timed updated = timed(() -> as("editor").body(Map.of("title", "Repeated, edited", "body", edited,
                "version", created.getLong("version"))).put("/api/articles/{id}", id));
        assertEquals(200, updated.response().statusCode(), updated.response().asString());
        assertTrue(updated.took().compareTo(ANSWERED_WITHIN) < 0, "the edit took " + updated.took());
        JsonPath after = updated.response().jsonPath();
        String stored = after.getString("body");
        List<Map<String, Object>> claims = after.getList("claims");
        Set<Object> ids = claims.stream().map(claim -> claim.get("id")).collect(Collectors.toSet());
        assertTrue(before.stream().allMatch(claim -> ids.contains(claim.get("id"))), "every claim kept its identity");
        assertTrue(claims.size() <= MAX_CLAIMS);
        for (Map<String, Object> claim : claims) {
            assertEquals(claim.get("originalText"), stored.substring((Integer) claim.get("start"), (Integer) claim.get("end")));
        }
    }

    @Test
    void anArticleHoldsAtMostTheConfiguredNumberOfClaims() {
        String sentence = "The ministry reported 41 new cases on Monday. ";
        JsonPath created = Api.createArticle("Claim cap " + Api.marker(), sentence.repeat(150));
        UUID id = Api.id(created, "id");
        assertEquals(MAX_SUGGESTIONS, created.getList("claims").size());
        String stored = created.getString("body");
        int added = 0;
        for (int at = stored.indexOf("41 new cases"); added < MAX_CLAIMS - MAX_SUGGESTIONS; at = stored.indexOf("41 new cases",
                at + 1)) {
            as("editor").body(Map.of("start", at, "end", at + "41 new cases".length()))
                    .post("/api/articles/{id}/claims", id).then().statusCode(201);
            added++;
        }
        int next = stored.lastIndexOf("41 new cases");
        as("editor").body(Map.of("start", next, "end", next + "41 new cases".length()))
                .post("/api/articles/{id}/claims", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("the most one article may hold (" + MAX_CLAIMS + ")"));
        as("editor").get("/api/articles/{id}", id).then().statusCode(200).body("claims.size()", equalTo(MAX_CLAIMS));

        // An edit that brings new check-worthy sentences adds none beyond the cap.
        JsonPath current = Api.article(id);
        String more = stored + " Officials said 12 schools closed in 2024. Prices rose 4% in March.";
        as("editor").body(Map.of("title", "Claim cap, edited", "body", more, "version", current.getLong("version")))
                .put("/api/articles/{id}", id)
                .then().statusCode(200).body("claims.size()", equalTo(MAX_CLAIMS));
    }

    private record Timed(Response response, Duration took) {
    }

    private static Timed timed(java.util.function.Supplier<Response> request) {
        long started = System.nanoTime();
        Response response = request.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }
}
