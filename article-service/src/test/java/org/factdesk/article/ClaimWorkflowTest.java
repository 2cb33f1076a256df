package org.factdesk.article;

import static org.awaitility.Awaitility.await;
import static org.factdesk.article.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.factdesk.article.support.Api;
import org.factdesk.article.support.EventSchemas;
import org.factdesk.article.support.KafkaEvents;
import org.factdesk.article.support.RepoFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Editors' control over claims and queueing through the outbox onto the real Kafka. */
@QuarkusTest
class ClaimWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaCompanion kafka = KafkaEvents.companion();

    @AfterEach
    void closeKafka() {
        kafka.close();
    }

    @Test
    void queueingNClaimsPutsExactlyNSchemaValidClaimsQueuedEventsOnKafka() throws Exception {
        JsonPath article = Api.createArticle(Map.of("title", "Queue " + Api.marker(), "body", RepoFiles.sharedArticle(3),
                "author", "Imran Khalid", "sourceUrl", "https://example.org/article-3"));
        UUID articleId = Api.id(article, "id");
        List<Map<String, Object>> suggestions = article.getList("claims");
        List<Map<String, Object>> chosen = suggestions.subList(0, Math.min(4, suggestions.size()));
        Set<String> ids = chosen.stream().map(claim -> (String) claim.get("id")).collect(Collectors.toSet());
        assertTrue(ids.size() >= 3, "article-3 yields several suggestions");
        ConsumerTask<String, String> queued = KafkaEvents.watch(kafka, "claims.queued", ids);
        ConsumerTask<String, String> changed = KafkaEvents.watch(kafka, "claims.changed", ids);

        JsonPath result = as("editor").body(Map.of(
                "claims",
                chosen.stream().map(claim -> Map.of("claimId", claim.get("id"), "version", claim.get("version"))).toList(),
                "priority", "HIGH", "dueAt", "2030-01-01T12:00:00Z"))
                .post("/api/articles/{id}/queue", articleId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(ids.size(), result.getList("status").stream().filter("QUEUED"::equals).count());
        assertEquals(List.of("HIGH"), result.getList("priority").stream().distinct().toList());

        queued.awaitRecords(ids.size(), Duration.ofSeconds(30));
        // No duplicates trail behind: the count stays exactly N.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> queued.count() == ids.size());
        assertEquals(ids, queued.getRecords().stream().map(record -> record.key()).collect(Collectors.toSet()));
        for (String value : KafkaEvents.values(queued)) {
            EventSchemas.assertValid("claims.queued", value);
            JsonNode event = JSON.readTree(value);
            assertEquals(articleId.toString(), event.get("articleId").asText());
            assertEquals("editor", event.get("queuedBy").asText());
            assertEquals("HIGH", event.get("priority").asText());
            assertEquals("Imran Khalid", event.get("claimAuthor").asText());
        }
        changed.awaitRecords(ids.size(), Duration.ofSeconds(30));
        for (String value : KafkaEvents.values(changed)) {
            EventSchemas.assertValid("claims.changed", value);
            assertEquals("QUEUED", JSON.readTree(value).get("status").asText());
            assertEquals("IN_CHECK", JSON.readTree(value).get("articleStatus").asText());
        }
        queued.close();
        changed.close();
        assertEquals("IN_CHECK", Api.article(articleId).getString("status"));
    }

    @Test
    void queueingIsAllOrNothing() {
        JsonPath article = Api.createArticle("All or nothing " + Api.marker(), """
                Nearly 300 drones were launched at Kyiv overnight, the air force said on Sunday.
                The call between the two presidents lasted over two hours, the Kremlin said in a 500-word summary.""");
        UUID articleId = Api.id(article, "id");
        List<Map<String, Object>> claims = article.getList("claims");
        assertEquals(2, claims.size());
        Map<String, Object> first = claims.get(0);
        Map<String, Object> second = claims.get(1);

        as("editor").body(Map.of("claims", List.of(
                Map.of("claimId", first.get("id"), "version", first.get("version")),
                Map.of("claimId", second.get("id"), "version", ((Integer) second.get("version")) + 7))))
                .post("/api/articles/{id}/queue", articleId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString((String) second.get("id")));
        as("editor").body(Map.of("claims", List.of(
                Map.of("claimId", first.get("id"), "version", first.get("version")),
                Map.of("claimId", UUID.randomUUID(), "version", 0))))
                .post("/api/articles/{id}/queue", articleId)
                .then().statusCode(404).contentType("application/problem+json");
        as("editor").body(Map.of("claims", List.of()))
                .post("/api/articles/{id}/queue", articleId)
                .then().statusCode(400).body("violations.field", hasItem("claims"));

        JsonPath after = Api.article(articleId);
        assertEquals(List.of("SUGGESTED", "SUGGESTED"), after.getList("claims.status"), "nothing was queued");
        assertEquals("DRAFT", after.getString("status"));
    }

    @Test
    void editorsAddRewordPrioritiseAndDismissClaims() {
        String body = "The minister spoke for an hour. Officials said 41 percent of the budget went to defence in 2024.";
        JsonPath article = Api.createArticle("Editing " + Api.marker(), body);
        UUID articleId = Api.id(article, "id");
        // Part of a sentence: no detected claim covers exactly this span.
        int start = body.indexOf("minister spoke");
        int end = body.indexOf(". Officials");

        JsonPath added = as("editor").body(Map.of("start", start, "end", end))
                .post("/api/articles/{id}/claims", articleId)
                .then().statusCode(201).header("Location", containsString(articleId.toString()))
                .body("origin", equalTo("EDITOR")).body("status", equalTo("SUGGESTED"))
                .body("originalText", equalTo("minister spoke for an hour"))
                .extract().jsonPath();
        assertTrue(added.getDouble("score") >= 0 && added.getDouble("score") <= 1);
        UUID claimId = Api.id(added, "id");

        as("editor").body(Map.of("start", 10, "end", body.length() + 5)).post("/api/articles/{id}/claims", articleId)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("end"))
                .body("type", equalTo("urn:factdesk:problem:validation"));
        as("editor").body(Map.of("start", 20, "end", 10)).post("/api/articles/{id}/claims", articleId)
                .then().statusCode(400).body("violations.field", hasItem("end"));
        as("editor").body(Map.of("start", -1, "end", 10)).post("/api/articles/{id}/claims", articleId)
                .then().statusCode(400).body("violations.field", hasItem("start"));
        as("editor").body(Map.of("start", start, "end", end)).post("/api/articles/{id}/claims", articleId)
                .then().statusCode(409).body("type", equalTo("urn:factdesk:problem:conflict"));

        JsonPath patched = as("editor").body(Map.of("text", "The minister spoke for sixty minutes.", "priority", "URGENT",
                "dueAt", "2031-05-01T08:00:00Z", "version", added.getLong("version")))
                .patch("/api/articles/{id}/claims/{claimId}", articleId, claimId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("The minister spoke for sixty minutes.", patched.getString("text"));
        assertEquals("minister spoke for an hour", patched.getString("originalText"), "the original span is kept");
        assertEquals(start, patched.getInt("start"));
        assertEquals(end, patched.getInt("end"));
        assertEquals("URGENT", patched.getString("priority"));
        assertEquals("2031-05-01T08:00:00Z", patched.getString("dueAt"));

        as("editor").body(Map.of("priority", "LOW", "version", added.getLong("version")))
                .patch("/api/articles/{id}/claims/{claimId}", articleId, claimId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:factdesk:problem:conflict"));
        as("editor").body(Map.of("priority", "SOMETIMES", "version", patched.getLong("version")))
                .patch("/api/articles/{id}/claims/{claimId}", articleId, claimId)
                .then().statusCode(400).body("detail", containsString("priority"));
        as("editor").body(Map.of("priority", "LOW"))
                .patch("/api/articles/{id}/claims/{claimId}", articleId, claimId)
                .then().statusCode(400).body("violations.field", hasItem("version"));

        as("editor").body(Map.of("version", patched.getLong("version")))
                .post("/api/articles/{id}/claims/{claimId}/dismiss", articleId, claimId)
                .then().statusCode(200).body("status", equalTo("DISMISSED"));
        as("editor").body(Map.of("version", patched.getLong("version") + 1))
                .post("/api/articles/{id}/claims/{claimId}/dismiss", articleId, claimId)
                .then().statusCode(409).body("detail", containsString("DISMISSED"))
                .body("type", equalTo("urn:factdesk:problem:illegal-transition"));
        as("editor").body(Map.of("version", 0))
                .post("/api/articles/{id}/claims/{claimId}/dismiss", articleId, UUID.randomUUID())
                .then().statusCode(404);
    }

    /** The review desk takes priority and due time from claims.queued; later changes reach it on claims.changed. */
    @Test
    void changingPriorityAndDueOfAQueuedClaimEmitsOneClaimsChangedWithThem() throws Exception {
        JsonPath article = Api.createArticle("Reprioritise " + Api.marker(),
                "Over 50,000 Russian troops gathered around the Sumy border in May, Ukrainian officials said.");
        UUID articleId = Api.id(article, "id");
        JsonPath queued = Api.queue(articleId, article.getList("claims"));
        String claimId = queued.getString("[0].id");
        ConsumerTask<String, String> changed = KafkaEvents.watch(kafka, "claims.changed", List.of(claimId));

        JsonPath patched = as("editor").body(Map.of("priority", "URGENT", "dueAt", "2031-05-01T08:00:00Z",
                "version", queued.getLong("[0].version")))
                .patch("/api/articles/{id}/claims/{claimId}", articleId, claimId)
                .then().statusCode(200).extract().jsonPath();
        // A form that posts every field unchanged announces nothing.
        as("editor").body(Map.of("priority", "URGENT", "dueAt", "2031-05-01T08:00:00Z",
                "version", patched.getLong("version")))
                .patch("/api/articles/{id}/claims/{claimId}", articleId, claimId)
                .then().statusCode(200);

        // One claims.changed from queueing, one from the change, none from the unchanged repeat.
        changed.awaitRecords(2, Duration.ofSeconds(30));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> changed.count() == 2);
        List<JsonNode> events = new ArrayList<>();
        for (String value : KafkaEvents.values(changed)) {
            EventSchemas.assertValid("claims.changed", value);
            events.add(JSON.readTree(value));
        }
        changed.close();
        assertEquals("NORMAL", events.get(0).get("priority").asText(), "queued with the default priority");
        JsonNode change = events.get(1);
        assertEquals("URGENT", change.get("priority").asText());
        assertEquals("2031-05-01T08:00:00Z", change.get("dueAt").asText());
        assertEquals("QUEUED", change.get("status").asText());
        assertEquals(articleId.toString(), change.get("articleId").asText());
    }

    @Test
    void changingPriorityOfASuggestedClaimEmitsNoClaimsChanged() {
        JsonPath article = Api.createArticle("Suggestion priority " + Api.marker(), """
                Nearly 300 drones were launched at Kyiv overnight, the air force said on Sunday.
                The call between the two presidents lasted over two hours, the Kremlin said in a 500-word summary.""");
        UUID articleId = Api.id(article, "id");
        List<Map<String, Object>> claims = article.getList("claims");
        String suggested = (String) claims.get(0).get("id");
        String queuedAfter = (String) claims.get(1).get("id");
        ConsumerTask<String, String> changed = KafkaEvents.watch(kafka, "claims.changed", List.of(suggested, queuedAfter));

        as("editor").body(Map.of("priority", "URGENT", "dueAt", "2031-05-01T08:00:00Z",
                "version", claims.get(0).get("version")))
                .patch("/api/articles/{id}/claims/{claimId}", articleId, suggested)
                .then().statusCode(200).body("priority", equalTo("URGENT"));
        // Queued after the change, the other claim's claims.changed shows the relay got past it.
        Api.queue(articleId, List.of(claims.get(1)));

        changed.awaitRecords(1, Duration.ofSeconds(30));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> changed.count() == 1);
        assertEquals(List.of(queuedAfter), changed.getRecords().stream().map(record -> record.key()).toList(),
                "a suggestion is not in the desk: its priority concerns nobody else");
        changed.close();
    }

    @Test
    void withdrawingAQueuedClaimEmitsClaimsWithdrawn() throws Exception {
        JsonPath article = Api.createArticle("Withdraw " + Api.marker(),
                "Over 50,000 Russian troops gathered around the Sumy border in May, Ukrainian officials said.");
        UUID articleId = Api.id(article, "id");
        List<Map<String, Object>> claims = article.getList("claims");
        JsonPath queued = Api.queue(articleId, claims);
        String claimId = queued.getString("[0].id");
        ConsumerTask<String, String> withdrawn = KafkaEvents.watch(kafka, "claims.withdrawn", List.of(claimId));

        as("editor").body(Map.of("reason", "story spiked", "version", queued.getLong("[0].version")))
                .post("/api/articles/{id}/claims/{claimId}/withdraw", articleId, claimId)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        withdrawn.awaitRecords(1, Duration.ofSeconds(30));
        String value = withdrawn.getRecords().get(0).value();
        EventSchemas.assertValid("claims.withdrawn", value);
        assertEquals("story spiked", JSON.readTree(value).get("reason").asText());
        assertEquals("editor", JSON.readTree(value).get("withdrawnBy").asText());
        withdrawn.close();
        assertEquals("DRAFT", Api.article(articleId).getString("status"), "no claim is in check any more");
    }

    @Test
    void articlesAreListedAndSearchedWithKeysetPagination() {
        String marker = Api.marker();
        String author = "Author " + marker;
        List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Api.createArticle(Map.of("title", "Listing " + marker + " " + i,
                    "body", "The council approved 12 new schools in 2024 " + marker + ".", "author", author)).getString("id"));
        }
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as("reviewer").queryParam("q", marker).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            assertTrue(page.getList("items").size() <= 2);
            cursor = page.getString("next");
        } while (cursor != null);
        java.util.Collections.reverse(created);
        assertEquals(created, seen, "newest first, every article exactly once");

        as("editor").queryParam("author", author.toUpperCase()).queryParam("status", "DRAFT").get("/api/articles")
                .then().statusCode(200).body("items.size()", equalTo(5))
                .body("items[0].claimCounts.size()", equalTo(6))
                .body("items[0].claimCounts.QUEUED", equalTo(0))
                .body("items[0].claimCounts.SUGGESTED",
                        equalTo(Api.article(UUID.fromString(created.get(0))).getList("claims").size()));
        as("editor").queryParam("author", author).queryParam("status", "CHECKED").get("/api/articles")
                .then().statusCode(200).body("items.size()", equalTo(0));
        as("editor").queryParam("author", author).queryParam("from", "2999-01-01T00:00:00Z").get("/api/articles")
                .then().statusCode(200).body("items.size()", equalTo(0));
        as("editor").queryParam("author", author).queryParam("to", "2999-01-01T00:00:00Z").queryParam("limit", 100)
                .get("/api/articles").then().statusCode(200).body("items.size()", equalTo(5)).body("next", nullValue());
        as("editor").queryParam("after", "not-a-cursor").get("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        as("editor").queryParam("limit", 0).get("/api/articles")
                .then().statusCode(400).body("violations.field", hasItem("limit"));
        as("editor").queryParam("status", "PUBLISHED").get("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("DRAFT, IN_CHECK, CHECKED"));
        as("editor").queryParam("from", "yesterday").get("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("ISO-8601"));
        as("editor").queryParam("status", "LOST").get("/api/articles/claims")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theQueueOverviewPagesThroughClaimsOfAStatus() {
        JsonPath article = Api.createArticle("Overview " + Api.marker(), """
                Nearly 300 drones were launched at Kyiv overnight, the air force said on Sunday.
                Over 50,000 Russian troops gathered around the Sumy border in May, officials said.""");
        UUID articleId = Api.id(article, "id");
        JsonPath queued = Api.queue(articleId, article.getList("claims"));
        Set<String> ours = new java.util.HashSet<>(queued.getList("id"));

        Map<String, Map<String, Object>> found = new HashMap<>();
        String cursor = null;
        // Newest first: our two claims are on the first pages even while other tests queue claims.
        for (int pages = 0; pages < 20 && found.size() < ours.size(); pages++) {
            var request = as("editor").queryParam("status", "QUEUED").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/articles/claims").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(item -> {
                assertEquals("QUEUED", item.get("status"));
                if (ours.contains(item.get("id"))) {
                    found.put((String) item.get("id"), item);
                }
            });
            cursor = page.getString("next");
        }
        assertEquals(ours, found.keySet());
        found.values().forEach(item -> assertTrue(((String) item.get("articleTitle")).startsWith("Overview ")));
    }
}
