package org.factdesk.system.input;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.factdesk.system.support.Api;
import org.factdesk.system.support.Articles;
import org.factdesk.system.support.Articles.ClaimRef;
import org.factdesk.system.support.Database;
import org.factdesk.system.support.GatewaySession;
import org.factdesk.system.support.Problems;
import org.factdesk.system.support.Reviews;
import org.factdesk.system.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Bad input across the public endpoints, as a table: every refusal is a 4xx problem body (never a 500) that leaves
 * nothing stored half-way; odd but valid text (emoji, right-to-left, SQL, HTML, very long words) is stored and
 * returned unchanged.
 */
class BadInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMOJI_RTL = "Fact 👩🏽‍💻🇵🇹 check — مرحبا بالعالم — שלום עולם — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓";
    private static final String SQL = "Robert'); DROP TABLE article; -- ' OR '1'='1' /* \\x00 */ UNION SELECT * FROM claim";
    private static final String HTML = "<script>alert('xss')</script><img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">x</a>";

    private static UUID articleId;
    private static long articleVersion;
    private static int bodyLength;
    private static List<ClaimRef> claims;
    private static UUID reviewId;

    @BeforeAll
    static void fixtures() {
        claims = Articles.articleWithClaims("editor", 3);
        articleId = claims.get(0).articleId();
        JsonPath article = Articles.get("editor", articleId);
        articleVersion = article.getLong("version");
        bodyLength = article.getString("body").length();

        ClaimRef queued = Articles.queuedClaim("editor");
        JsonPath item = await("review item").atMost(Duration.ofSeconds(60))
                .until(() -> Reviews.byClaim("reviewer", queued.claimId()), found -> found != null);
        reviewId = UUID.fromString(item.getString("id"));
        Reviews.take("reviewer", reviewId, item.getLong("version"));
    }

    @Test
    void theTableHasAtLeastSixtyCases() {
        assertTrue(cases().size() >= 60, "only " + cases().size() + " bad-input cases");
    }

    @TestFactory
    Stream<DynamicTest> badInputGetsAClearAnswerAndLeavesNothingHalfWritten() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Answer response = c.request().get();
            String what = c.name();
            assertTrue(response.status() < 500,
                    what + ": server error " + response.status() + " " + Problems.abbreviate(response.body()));
            assertTrue(c.expected().contains(response.status()),
                    what + ": expected " + c.expected() + " but got " + response.status() + " "
                            + Problems.abbreviate(response.body()));
            if (c.isRefusal()) {
                Problems.assertProblem(what, response.status(), response.status(), response.contentType(), response.body());
            }
            c.afterwards().accept(response);
        }));
    }

    static List<BadInputCase> cases() {
        List<BadInputCase> cases = new ArrayList<>();
        articleCreation(cases);
        articleEditsAndClaims(cases);
        queueing(cases);
        listsAndIds(cases);
        reviewDesk(cases);
        throughTheGateway(cases);
        return cases;
    }

    // ------------------------------------------------------------------------------------------- article creation

    private static void articleCreation(List<BadInputCase> cases) {
        refusedCreate(cases, "malformed JSON", m -> "{\"title\": \"" + m + "\", \"body\": }");
        refusedCreate(cases, "truncated JSON", m -> "{\"title\": \"" + m + "\", \"body\": \"The city spent");
        refusedCreate(cases, "empty body", m -> "");
        refusedCreate(cases, "JSON array instead of an object", m -> "[\"" + m + "\"]");
        refusedCreate(cases, "JSON null", m -> "null");
        refusedCreate(cases, "bare string", m -> "\"" + m + "\"");
        refusedCreate(cases, "title is an object", m -> json(Map.of("title", Map.of("text", m), "body", "Text.")));
        refusedCreate(cases, "body is an object",
                m -> "{\"title\":\"" + m + "\",\"body\":{\"text\":\"The city spent 4 million.\"}}");
        refusedCreate(cases, "body is an array", m -> "{\"title\":\"" + m + "\",\"body\":[\"The city spent 4 million.\"]}");
        refusedCreate(cases, "title missing", m -> json(Map.of("body", m)));
        refusedCreate(cases, "body missing", m -> json(Map.of("title", m)));
        refusedCreate(cases, "title blank", m -> json(Map.of("title", "   ", "body", m)));
        refusedCreate(cases, "title of 501 characters",
                m -> json(Map.of("title", m + "x".repeat(501 - m.length()), "body", "Text.")));
        refusedCreate(cases, "unknown format enum", m -> json(Map.of("title", m, "body", "Text.", "format", "PDF")));
        refusedCreate(cases, "format in the wrong case", m -> json(Map.of("title", m, "body", "Text.", "format", "markdown ")));
        refusedCreate(cases, "javascript: source URL",
                m -> json(Map.of("title", m, "body", "Text.", "sourceUrl", "javascript:alert(1)")));
        refusedCreate(cases, "language not a tag",
                m -> json(Map.of("title", m, "body", "Text.", "language", "english please")));
        refusedCreate(cases, "author of 301 characters",
                m -> json(Map.of("title", m, "body", "Text.", "author", "a".repeat(301))));
        // In a field the service does not know, so the parser has to walk the nesting instead of failing on the type.
        refusedCreate(cases, "deep nesting (10,000 levels)", m -> "{\"title\":\"" + m + "\",\"body\":\"Text.\",\"nested\":"
                + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        refusedCreate(cases, "NUL byte (escaped) in the title", m -> json(Map.of("title", m + "\u0000evil", "body", "Text.")));
        refusedCreate(cases, "NUL byte (escaped) in the body",
                m -> json(Map.of("title", m, "body", "The city\u0000 spent 4 million.")));
        refusedCreate(cases, "raw control character inside a JSON string",
                m -> "{\"title\":\"" + m + "\u0001\",\"body\":\"Text.\"}");
        cases.add(refusedBytes("invalid UTF-8 in the body", 400));
        cases.add(refusedBytesLarge("body of 250 KB text (over the 200 KB limit)", 250 * 1024));
        cases.add(refusedBytesLarge("request of 3 MB (over the HTTP limit)", 3 * 1024 * 1024));
        refusedCreate(cases, "text/plain content type", m -> m, ContentType.TEXT, Set.of(415));

        acceptedArticle(cases, "emoji and right-to-left text", EMOJI_RTL + " ",
                EMOJI_RTL + " The city spent 4 million euros in 2023. " + EMOJI_RTL, EMOJI_RTL);
        acceptedArticle(cases, "SQL injection strings", SQL + " ", "In 2023 the council said: " + SQL, SQL);
        acceptedArticle(cases, "HTML and script payloads in plain text", HTML + " ", "The mayor wrote " + HTML + " in 2023.",
                HTML);
        acceptedArticle(cases, "a single 100 KB word", "Long word ", "x".repeat(100 * 1024), "Author");
        cases.add(BadInputCase.accepted("extra fields cannot set the id, status, author or creation time", 201,
                http(() -> Api.article("editor")
                        .body(json(Map.of("title", "Mass assignment " + UUID.randomUUID(), "body",
                                "The city spent 4 million euros in 2023.",
                                "id", "00000000-0000-0000-0000-000000000001", "status", "CHECKED", "createdBy", "admin",
                                "createdAt", "2001-01-01T00:00:00Z", "version", 99, "isAdmin", true)))
                        .post("/api/articles")),
                response -> {
                    JsonPath stored = Articles.get("editor", UUID.fromString(response.json().getString("id")));
                    assertTrue(!stored.getString("id").equals("00000000-0000-0000-0000-000000000001"), "client chose the id");
                    assertEquals("DRAFT", stored.getString("status"));
                    assertEquals("editor", stored.getString("createdBy"));
                    assertTrue(Instant.parse(stored.getString("createdAt")).isAfter(Instant.parse("2020-01-01T00:00:00Z")));
                }));
    }

    private interface Body {
        String with(String marker);
    }

    private static void refusedCreate(List<BadInputCase> cases, String name, Body body) {
        refusedCreate(cases, name, body, ContentType.JSON, Set.of(400));
    }

    private static void refusedCreate(List<BadInputCase> cases, String name, Body body, ContentType type,
            Set<Integer> statuses) {
        String marker = "bad-input-" + UUID.randomUUID();
        cases.add(BadInputCase.refused("POST /api/articles: " + name, statuses,
                http(() -> as("editor").contentType(type).body(body.with(marker)).post(article("/api/articles"))),
                () -> noArticleMentioning(marker)));
    }

    private static BadInputCase refusedBytes(String name, int status) {
        String marker = "bad-input-" + UUID.randomUUID();
        byte[] prefix = ("{\"title\":\"" + marker + "\",\"body\":\"Caf").getBytes(StandardCharsets.UTF_8);
        byte[] invalid = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE };
        byte[] suffix = " spent 4 million.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + invalid.length + suffix.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(invalid, 0, all, prefix.length, invalid.length);
        System.arraycopy(suffix, 0, all, prefix.length + invalid.length, suffix.length);
        return BadInputCase.refused("POST /api/articles: " + name, status,
                http(() -> as("editor").body(all).post(article("/api/articles"))),
                () -> noArticleMentioning(marker));
    }

    private static BadInputCase refusedBytesLarge(String name, int bytes) {
        String marker = "bad-input-" + UUID.randomUUID();
        return BadInputCase.refused("POST /api/articles: " + name, 413,
                http(() -> as("editor")
                        .body(json(Map.of("title", marker, "body", "The city spent 4 million euros. ".repeat(bytes / 32 + 1))))
                        .post(article("/api/articles"))),
                () -> noArticleMentioning(marker));
    }

    private static void acceptedArticle(List<BadInputCase> cases, String name, String titlePrefix, String body, String author) {
        String title = titlePrefix + UUID.randomUUID();
        cases.add(BadInputCase.accepted("POST /api/articles: " + name + " is stored and returned unchanged", 201,
                http(() -> Api.article("editor")
                        .body(json(Map.of("title", title, "body", body, "author", author, "format", "TEXT")))
                        .post("/api/articles")),
                response -> {
                    JsonPath stored = Articles.get("reviewer", UUID.fromString(response.json().getString("id")));
                    assertEquals(title, stored.getString("title"));
                    assertEquals(body, stored.getString("body"));
                    assertEquals(author, stored.getString("author"));
                    assertEquals(1, Database.ARTICLE.number("select count(*) from article where title = ?", title));
                }));
    }

    // ------------------------------------------------------------------------------ edits and claims of an article

    private static void articleEditsAndClaims(List<BadInputCase> cases) {
        Runnable unchanged = BadInputIT::fixtureArticleUnchanged;
        String claimsPath = "/api/articles/{id}/claims";
        cases.add(refusedOnArticle("POST claims: span start beyond the body", claimsPath,
                () -> json(Map.of("start", bodyLength + 10, "end", bodyLength + 20)), 400, unchanged));
        cases.add(refusedOnArticle("POST claims: span end beyond the body", claimsPath,
                () -> json(Map.of("start", 0, "end", bodyLength + 1)), 400, unchanged));
        cases.add(refusedOnArticle("POST claims: reversed span", claimsPath, () -> json(Map.of("start", 20, "end", 5)), 400,
                unchanged));
        cases.add(refusedOnArticle("POST claims: empty span", claimsPath, () -> json(Map.of("start", 7, "end", 7)), 400,
                unchanged));
        cases.add(refusedOnArticle("POST claims: negative start", claimsPath, () -> json(Map.of("start", -1, "end", 5)), 400,
                unchanged));
        cases.add(refusedOnArticle("POST claims: start is text", claimsPath, () -> "{\"start\":\"zero\",\"end\":5}", 400,
                unchanged));
        cases.add(refusedOnArticle("POST claims: end missing", claimsPath, () -> "{\"start\":0}", 400, unchanged));
        cases.add(refusedOnArticle("POST claims: start beyond int range", claimsPath,
                () -> "{\"start\":99999999999999999999,\"end\":5}", 400, unchanged));
        cases.add(refusedOnArticle("POST claims: span already a claim", claimsPath, () -> {
            Map<String, Object> claim = Articles.claim("editor", articleId, claims.get(0).claimId());
            return json(Map.of("start", claim.get("start"), "end", claim.get("end")));
        }, 409, unchanged));
        cases.add(refusedOnArticle("PUT article: stale version", "/api/articles/{id}",
                () -> json(Map.of("title", "Stale edit", "body", "Replaced.", "version", articleVersion + 50)),
                409, unchanged, "PUT"));
        cases.add(refusedOnArticle("PUT article: version is text", "/api/articles/{id}",
                () -> "{\"title\":\"Edit\",\"body\":\"Replaced.\",\"version\":\"latest\"}", 400, unchanged, "PUT"));
        cases.add(refusedOnArticle("PATCH claim: blank text", "/api/articles/{id}/claims/" + claims.get(1).claimId(),
                () -> json(Map.of("text", "   ", "version", claims.get(1).version())), 400, unchanged, "PATCH"));
        cases.add(refusedOnArticle("PATCH claim: unknown priority", "/api/articles/{id}/claims/" + claims.get(1).claimId(),
                () -> json(Map.of("priority", "CRITICAL", "version", claims.get(1).version())), 400, unchanged, "PATCH"));
        cases.add(refusedOnArticle("PATCH claim: text of 2001 characters",
                "/api/articles/{id}/claims/" + claims.get(1).claimId(),
                () -> json(Map.of("text", "y".repeat(2001), "version", claims.get(1).version())), 400, unchanged, "PATCH"));
        cases.add(refusedOnArticle("PATCH claim: dueAt not a date", "/api/articles/{id}/claims/" + claims.get(1).claimId(),
                () -> json(Map.of("dueAt", "next Tuesday", "version", claims.get(1).version())), 400, unchanged, "PATCH"));
    }

    // ---------------------------------------------------------------------------------------------------- queueing

    private static void queueing(List<BadInputCase> cases) {
        String queuePath = "/api/articles/{id}/queue";
        Runnable nothingQueued = BadInputIT::fixtureClaimsNotQueued;
        cases.add(
                refusedOnArticle("queue: empty list", queuePath, () -> json(Map.of("claims", List.of())), 400, nothingQueued));
        cases.add(refusedOnArticle("queue: claims missing", queuePath, () -> "{\"priority\":\"HIGH\"}", 400, nothingQueued));
        cases.add(refusedOnArticle("queue: unknown priority", queuePath,
                () -> json(Map.of("claims", List.of(item(claims.get(0))), "priority", "CRITICAL")), 400, nothingQueued));
        cases.add(refusedOnArticle("queue: the same claim twice", queuePath,
                () -> json(Map.of("claims", List.of(item(claims.get(0)), item(claims.get(0))))), 400, nothingQueued));
        cases.add(refusedOnArticle("queue: 201 claims", queuePath,
                () -> json(Map.of("claims", java.util.Collections.nCopies(201, item(claims.get(0))))), 400, nothingQueued));
        cases.add(refusedOnArticle("queue: a good claim and one that does not exist (all or nothing)", queuePath,
                () -> json(Map.of("claims",
                        List.of(item(claims.get(0)), Map.of("claimId", UUID.randomUUID().toString(), "version", 0)))),
                Set.of(404, 409), nothingQueued));
        cases.add(refusedOnArticle("queue: a good claim and a stale one (all or nothing)", queuePath,
                () -> json(Map.of("claims",
                        List.of(item(claims.get(0)),
                                Map.of("claimId", claims.get(1).claimId().toString(), "version",
                                        claims.get(1).version() + 7)))),
                Set.of(409), nothingQueued));
        cases.add(refusedOnArticle("queue: claimId is not an id", queuePath,
                () -> "{\"claims\":[{\"claimId\":\"42\",\"version\":0}]}", 400, nothingQueued));
        cases.add(refusedOnArticle("queue: version negative", queuePath,
                () -> json(Map.of("claims", List.of(Map.of("claimId", claims.get(0).claimId().toString(), "version", -1)))),
                Set.of(400, 409), nothingQueued));
        cases.add(refusedOnArticle("queue: dueAt not a date", queuePath,
                () -> json(Map.of("claims", List.of(item(claims.get(0))), "dueAt", "2026-13-45T99:00:00Z")), 400,
                nothingQueued));
    }

    // ---------------------------------------------------------------------------------------------- lists and ids

    private static void listsAndIds(List<BadInputCase> cases) {
        Runnable nothing = () -> {
        };
        cases.add(get("GET articles: limit 0", article("/api/articles?limit=0"), Set.of(400)));
        cases.add(get("GET articles: negative limit", article("/api/articles?limit=-5"), Set.of(400)));
        cases.add(get("GET articles: huge limit", article("/api/articles?limit=100000000"), Set.of(400)));
        cases.add(get("GET articles: limit beyond long", article("/api/articles?limit=99999999999999999999999"), Set.of(400)));
        cases.add(get("GET articles: limit is text", article("/api/articles?limit=ten"), Set.of(400)));
        cases.add(get("GET articles: unknown status", article("/api/articles?status=PUBLISHED_MAYBE"), Set.of(400)));
        cases.add(get("GET articles: from is not an instant", article("/api/articles?from=yesterday"), Set.of(400)));
        cases.add(get("GET articles: cursor is garbage", article("/api/articles?after=%27%3B--garbage"), Set.of(400)));
        cases.add(get("GET claims overview: unknown status", article("/api/articles/claims?status=MAYBE"), Set.of(400)));
        cases.add(get("GET claims overview: limit 101", article("/api/articles/claims?limit=101"), Set.of(400)));
        cases.add(get("GET article: id that does not exist", article("/api/articles/" + UUID.randomUUID()), Set.of(404)));
        cases.add(get("GET article: id that is not an id", article("/api/articles/not-an-id"), Set.of(400, 404)));
        cases.add(get("GET article: id with SQL", article("/api/articles/1%27%20OR%20%271%27%3D%271"), Set.of(400, 404)));
        cases.add(get("GET matches: claim that does not exist",
                article("/api/articles/" + UUID.randomUUID() + "/claims/" + UUID.randomUUID() + "/matches"), Set.of(404)));
        cases.add(BadInputCase.accepted("GET articles: SQL injection in the search query is only text", 200,
                http(() -> Api.article("editor").queryParam("q", SQL).get("/api/articles")),
                response -> assertEquals(1,
                        Database.ARTICLE.number("select count(*) from pg_tables where tablename = 'article'"))));
        cases.add(BadInputCase.accepted("GET articles: emoji and right-to-left search", 200,
                http(() -> Api.article("editor").queryParam("q", EMOJI_RTL).get("/api/articles")), response -> nothing.run()));
        cases.add(get("GET reviews: unknown state", review("/api/reviews?state=DONE_ISH"), Set.of(400)));
        cases.add(get("GET reviews: unknown priority", review("/api/reviews?priority=CRITICAL"), Set.of(400)));
        cases.add(get("GET reviews: limit 0", review("/api/reviews?limit=0"), Set.of(400)));
        cases.add(get("GET reviews: negative limit", review("/api/reviews?limit=-1"), Set.of(400)));
        cases.add(get("GET reviews: huge limit", review("/api/reviews?limit=2147483648"), Set.of(400)));
        cases.add(get("GET reviews: cursor is garbage", review("/api/reviews?after=%3Cscript%3E"), Set.of(400)));
        cases.add(get("GET reviews: overdue is not a boolean", review("/api/reviews?overdue=sometimes"), Set.of(400)));
        cases.add(get("GET review: id that does not exist", review("/api/reviews/" + UUID.randomUUID()), Set.of(404)));
        cases.add(get("GET review: id that is not an id", review("/api/reviews/12345"), Set.of(400, 404)));
        cases.add(get("GET by-claim: claim that does not exist", review("/api/reviews/by-claim/" + UUID.randomUUID()),
                Set.of(404)));
        cases.add(get("GET by-claim: not an id", review("/api/reviews/by-claim/%F0%9F%92%A5"), Set.of(400, 404)));
        cases.add(get("GET audit: review that does not exist", review("/api/reviews/" + UUID.randomUUID() + "/audit"),
                Set.of(404)));
        cases.add(BadInputCase.refused("GET claim-review (public): review that does not exist", 404,
                http(() -> given().accept("application/ld+json")
                        .get(review("/api/reviews/" + UUID.randomUUID() + "/claim-review"))),
                nothing));
        cases.add(BadInputCase.accepted("GET reviews: SQL injection as assignee filter is only a name", 200,
                http(() -> Api.review("editor").queryParam("assignee", SQL).get("/api/reviews")),
                response -> assertEquals(0, response.json().getList("items").size())));
    }

    // ------------------------------------------------------------------------------------------------- review desk

    private static void reviewDesk(List<BadInputCase> cases) {
        Runnable unchanged = BadInputIT::fixtureReviewUnchanged;
        String notes = "/api/reviews/{id}/notes";
        String sources = "/api/reviews/{id}/sources";
        cases.add(refusedOnReview("notes: malformed JSON", notes, () -> "{\"text\": \"half", 400, unchanged));
        cases.add(refusedOnReview("notes: empty text", notes, () -> json(Map.of("text", "")), 400, unchanged));
        cases.add(refusedOnReview("notes: a single 100 KB word", notes, () -> json(Map.of("text", "z".repeat(100 * 1024))), 400,
                unchanged));
        cases.add(refusedOnReview("notes: parentId is not an id", notes,
                () -> json(Map.of("text", "Reply", "parentId", "parent-1")), 400, unchanged));
        cases.add(refusedOnReview("notes: parent that does not exist", notes,
                () -> json(Map.of("text", "Reply", "parentId", UUID.randomUUID().toString())), Set.of(400, 404, 409),
                unchanged));
        cases.add(refusedOnReview("notes: NUL byte in the text", notes, () -> json(Map.of("text", "before\u0000after")), 400,
                unchanged));
        cases.add(refusedOnReview("sources: javascript: URL", sources,
                () -> source("javascript:alert(document.cookie)", Instant.now().toString()), 400, unchanged));
        cases.add(refusedOnReview("sources: relative URL", sources, () -> source("/etc/passwd", Instant.now().toString()), 400,
                unchanged));
        cases.add(refusedOnReview("sources: accessedAt not a date", sources, () -> source("https://example.org/a", "yesterday"),
                400, unchanged));
        cases.add(refusedOnReview("sources: publisher missing", sources, () -> json(
                Map.of("url", "https://example.org/a", "title", "T", "quote", "Q", "accessedAt", Instant.now().toString())),
                400, unchanged));
        cases.add(
                refusedOnReview(
                        "sources: quote of 5001 characters", sources, () -> json(Map.of("url", "https://example.org/a", "title",
                                "T", "publisher", "P", "quote", "q".repeat(5001), "accessedAt", Instant.now().toString())),
                        400, unchanged));
        cases.add(refusedOnReview("submit: unknown rating", "/api/reviews/{id}/submit",
                () -> json(Map.of("rating", "PANTS_ON_FIRE", "label", "L", "summary", "S", "explanation", "E", "version", 0)),
                400, unchanged));
        cases.add(refusedOnReview("submit: label of 121 characters", "/api/reviews/{id}/submit",
                () -> json(
                        Map.of("rating", "FALSE", "label", "l".repeat(121), "summary", "S", "explanation", "E", "version", 0)),
                400, unchanged));
        cases.add(refusedOnReview("take: version is text", "/api/reviews/{id}/take", () -> "{\"version\":\"v1\"}", 400,
                unchanged));
        cases.add(
                refusedOnReview("take: version negative", "/api/reviews/{id}/take", () -> "{\"version\":-3}", 400, unchanged));
        cases.add(refusedOnReview("assign: assignee missing", "/api/reviews/{id}/assign", () -> "{\"version\":0}", 400,
                unchanged, "editor"));
        cases.add(BadInputCase.refused("take: review that does not exist", 404,
                http(() -> as("reviewer").body("{\"version\":0}").post(review("/api/reviews/" + UUID.randomUUID() + "/take"))),
                unchanged));

        for (String text : List.of(EMOJI_RTL, SQL, HTML)) {
            String label = text == EMOJI_RTL ? "emoji and right-to-left text"
                    : text == SQL ? "SQL injection strings" : "HTML and script payloads";
            cases.add(BadInputCase.accepted("notes: " + label + " are stored and returned unchanged", 201,
                    http(() -> Api.review("reviewer").body(json(Map.of("text", text))).post("/api/reviews/{id}/notes",
                            reviewId)),
                    response -> {
                        String id = response.json().getString("id");
                        List<Map<String, Object>> stored = Reviews.get("editor", reviewId).getList("notes");
                        assertEquals(text,
                                stored.stream().filter(n -> id.equals(n.get("id"))).findFirst().orElseThrow().get("text"));
                    }));
        }
    }

    // ------------------------------------------------------------------------------------------------ the gateway

    private static void throughTheGateway(List<BadInputCase> cases) {
        String marker = "bad-input-" + UUID.randomUUID();
        cases.add(BadInputCase.refused("gateway: malformed JSON is the service's 400, proxied", 400,
                () -> Answer.of(
                        GatewaySession.login("editor").call("POST", "/api/articles", "{\"title\":\"" + marker + "\",", true)),
                () -> noArticleMentioning(marker)));
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private static BadInputCase get(String name, String url, Set<Integer> statuses) {
        return BadInputCase.refused(name, statuses, http(() -> as("editor").get(url)), () -> {
        });
    }

    private static BadInputCase refusedOnArticle(String name, String path, java.util.function.Supplier<String> body, int status,
            Runnable check) {
        return refusedOnArticle(name, path, body, Set.of(status), check, "POST");
    }

    private static BadInputCase refusedOnArticle(String name, String path, java.util.function.Supplier<String> body,
            Set<Integer> statuses, Runnable check) {
        return refusedOnArticle(name, path, body, statuses, check, "POST");
    }

    private static BadInputCase refusedOnArticle(String name, String path, java.util.function.Supplier<String> body, int status,
            Runnable check, String method) {
        return refusedOnArticle(name, path, body, Set.of(status), check, method);
    }

    private static BadInputCase refusedOnArticle(String name, String path, java.util.function.Supplier<String> body,
            Set<Integer> statuses, Runnable check, String method) {
        return BadInputCase.refused(method + " " + path + ": " + name, statuses,
                http(() -> as("editor").body(body.get()).request(method, article(path.replace("{id}", articleId.toString())))),
                check);
    }

    private static BadInputCase refusedOnReview(String name, String path, java.util.function.Supplier<String> body, int status,
            Runnable check) {
        return refusedOnReview(name, path, body, Set.of(status), check);
    }

    private static BadInputCase refusedOnReview(String name, String path, java.util.function.Supplier<String> body, int status,
            Runnable check, String user) {
        return BadInputCase.refused("POST " + path + ": " + name, status,
                http(() -> as(user).body(body.get()).post(review(path.replace("{id}", reviewId.toString())))), check);
    }

    private static BadInputCase refusedOnReview(String name, String path, java.util.function.Supplier<String> body,
            Set<Integer> statuses, Runnable check) {
        return BadInputCase.refused("POST " + path + ": " + name, statuses,
                http(() -> as("reviewer").body(body.get()).post(review(path.replace("{id}", reviewId.toString())))), check);
    }

    private static java.util.function.Supplier<Answer> http(java.util.function.Supplier<Response> call) {
        return () -> Answer.of(call.get());
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String article(String path) {
        return org.factdesk.system.support.SystemUnderTest.ARTICLE + path;
    }

    private static String review(String path) {
        return org.factdesk.system.support.SystemUnderTest.REVIEW + path;
    }

    private static Map<String, Object> item(ClaimRef claim) {
        return Map.of("claimId", claim.claimId().toString(), "version", claim.version());
    }

    private static String source(String url, String accessedAt) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("url", url);
        source.put("title", "Report");
        source.put("publisher", "Office");
        source.put("quote", "Table 4.");
        source.put("accessedAt", accessedAt);
        source.put("primary", true);
        return json(source);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void noArticleMentioning(String marker) {
        assertEquals(0,
                Database.ARTICLE.number("select count(*) from article where strpos(title, ?) > 0 or strpos(body, ?) > 0",
                        marker, marker),
                "a refused request stored an article");
    }

    private static void fixtureArticleUnchanged() {
        assertEquals(articleVersion, Database.ARTICLE.number("select version from article where id = ?", articleId),
                "the article changed");
        assertEquals(claims.size(), Database.ARTICLE.number("select count(*) from claim where article_id = ?", articleId),
                "claims were added");
        assertEquals(0, Database.ARTICLE.number(
                "select count(*) from claim where article_id = ? and (status <> 'SUGGESTED' or text ~ '^\\s*$')", articleId),
                "a claim changed");
    }

    private static void fixtureClaimsNotQueued() {
        List<UUID> ids = claims.stream().map(ClaimRef::claimId).toList();
        assertEquals(0, Database.ARTICLE.number("select count(*) from claim where id = any(?) and status <> 'SUGGESTED'", ids),
                "a claim was queued");
        assertEquals(0,
                Database.ARTICLE.number("select count(*) from outbox_event where message_key = any(?)",
                        ids.stream().map(UUID::toString).toList()),
                "an event was written for a refused queueing");
    }

    private static void fixtureReviewUnchanged() {
        assertEquals(0, Database.REVIEW.number("select count(*) from review_source where review_id = ?", reviewId),
                "a source was stored");
        assertEquals("IN_RESEARCH", Database.REVIEW.rows("select state from review_item where id = ?", reviewId).get(0).get(0));
        assertEquals(0, Database.REVIEW.number(
                "select count(*) from review_note where review_id = ? and (text = 'Reply' or text like 'before%after' or length(text) > 10000)",
                reviewId),
                "a refused note was stored");
    }
}
