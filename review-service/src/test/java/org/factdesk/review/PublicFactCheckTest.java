package org.factdesk.review;

import static org.factdesk.review.Desk.as;
import static org.factdesk.review.Desk.body;
import static org.factdesk.review.Steps.addSource;
import static org.factdesk.review.Steps.approve;
import static org.factdesk.review.Steps.ok;
import static org.factdesk.review.Steps.post;
import static org.factdesk.review.Steps.submit;
import static org.factdesk.review.Steps.take;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The public read model, called as the gateway calls it: with the gateway's client-credentials token. */
@QuarkusTest
class PublicFactCheckTest {

    static RequestSpecification publicSite() {
        return RestAssured.given().auth().oauth2(Tokens.publicSite());
    }

    /** A word no other test (or run) uses, so that searching for it isolates this test's items on the shared DB. */
    static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Queues a claim containing the marker, researches it as reviewer with one source, submits with the rating. */
    static JsonPath submittedWith(String marker, String rating) {
        JsonPath review = take("reviewer", Desk.queuedReview(e -> e.put("claimText",
                "The council doubled the bus budget in 2025 (" + marker + ").")));
        as("reviewer").body(body("text", "Internal: ask the press office; do not publish.")).post(
                "/api/reviews/" + review.getString("id") + "/notes").then().statusCode(201);
        addSource("reviewer", review);
        review = Desk.reviewById(review.getString("id"));
        return submit("reviewer", review, rating);
    }

    static String slugOf(JsonPath published) {
        return published.getString("claimReviewUrl").replaceAll(".*/fact-checks/", "");
    }

    @Test
    void aPublishedFactCheckShowsOnlyPublishedDataUnderAStableSlugThroughItsCorrections() {
        String marker = marker();
        JsonPath published = approve("editor2", submittedWith(marker, "FALSE"));
        String slug = slugOf(published);
        assertTrue(slug.matches("the-council-doubled-the-bus-budget-in-2025-" + marker + "-[0-9a-f]{12}"), slug);

        JsonPath page = publicSite().get("/api/public/fact-checks/" + slug).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertEquals(slug, page.getString("slug"));
        assertEquals("The council doubled the bus budget in 2025 (" + marker + ").", page.getString("claim"));
        assertEquals("Jane Mayor", page.getString("claimAuthor"));
        assertEquals("Council doubles the bus budget", page.getString("articleTitle"));
        assertEquals("https://news.example.org/2026/11/bus-budget", page.getString("articleUrl"));
        assertEquals("FALSE", page.getString("rating"));
        assertEquals("False: the budget grew 4%", page.getString("label"));
        assertEquals(1, page.getInt("ratingValue"));
        assertEquals(5, page.getInt("bestRating"));
        assertEquals(1, page.getInt("worstRating"));
        assertEquals(published.getString("verdict.publishedAt"), page.getString("firstPublishedAt"));
        assertEquals(1, page.getInt("version"));
        List<Map<String, Object>> sources = page.getList("sources");
        assertEquals(1, sources.size());
        assertEquals(Map.of("url", "https://www.example.gov/budget/2025", "title", "Budget 2025",
                "publisher", "City Council", "quote", "Bus services: 12.4 million (2024: 11.9 million)",
                "primary", true, "accessedAt", sources.get(0).get("accessedAt")), sources.get(0));
        // Nothing of the desk's inside leaves: no notes, no assignee, no reviewer names (not configured).
        String raw = publicSite().get("/api/public/fact-checks/" + slug).asString();
        for (String secret : List.of("press office", "reviewer", "editor2", "assignee", "notes", "researchedBy",
                "approvedBy", published.getString("id"))) {
            assertFalse(raw.contains(secret), "the public view must not contain " + secret + ": " + raw);
        }

        // A correction is a proposal (editor) that a second person (admin, neither proposer nor researcher) approves.
        JsonPath proposed = post("editor", published.getString("id"), "corrections", body(
                "correctionNote", "The 2024 figure was revised; the rise is 6%, still not double.",
                "rating", "MOSTLY_FALSE", "label", "Mostly false: a 6% rise",
                "summary", "The bus budget rose 6%, not 100%.", "explanation", "Revised figures.",
                "version", published.getLong("version"))).then().statusCode(201).extract().jsonPath();
        assertEquals("FALSE", publicSite().get("/api/public/fact-checks/" + slug).then().statusCode(200)
                .extract().jsonPath().getString("rating"), "a proposed correction is not public");
        JsonPath corrected = ok(Steps.decideCorrection("admin", proposed, "approve"));
        assertEquals(slug, slugOf(corrected), "a correction keeps the slug");
        JsonPath after = publicSite().get("/api/public/fact-checks/" + slug).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("MOSTLY_FALSE", after.getString("rating"));
        assertEquals(2, after.getInt("ratingValue"));
        assertEquals("Mostly false: a 6% rise", after.getString("label"));
        assertEquals(2, after.getInt("version"));
        assertEquals(page.getString("firstPublishedAt"), after.getString("firstPublishedAt"));
        assertNotEquals(after.getString("firstPublishedAt"), after.getString("lastPublishedAt"));
        assertEquals(List.of(1, 2), after.getList("versions.version"));
        assertNull(after.get("versions[0].correctionNote"));
        assertEquals("The 2024 figure was revised; the rise is 6%, still not double.",
                after.getString("versions[1].correctionNote"));
        assertEquals("FALSE", after.getString("versions[0].rating"));
        assertEquals("False: the budget grew 4%", after.getString("versions[0].label"));

        // In the list the latest verdict shows; by order=updated the correction is the newest change.
        JsonPath list = publicSite().queryParam("q", marker).get("/api/public/fact-checks").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(slug), list.getList("items.slug"));
        assertEquals("MOSTLY_FALSE", list.getString("items[0].rating"));
        assertNull(list.get("next"));
        List<Map<String, Object>> index = publicSite().get("/api/public/fact-checks/index").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertTrue(index.stream().anyMatch(entry -> slug.equals(entry.get("slug"))
                && after.getString("lastPublishedAt").equals(entry.get("lastModified"))), "the sitemap lists it");
    }

    @Test
    void unpublishedItemsAreNotPublicAndUnknownSlugsAre404() {
        String marker = marker();
        submittedWith(marker, "TRUE");
        publicSite().queryParam("q", marker).get("/api/public/fact-checks").then().statusCode(200)
                .body("items.size()", equalTo(0));
        publicSite().get("/api/public/fact-checks/no-such-fact-check-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no published fact-check"));
        publicSite().get("/api/public/fact-checks/NOT%20a%20slug").then().statusCode(404);
    }

    @Test
    void onlyThePublicSitesTokenMayRead() {
        RestAssured.given().get("/api/public/fact-checks").then().statusCode(401)
                .contentType("application/problem+json");
        for (String user : List.of("editor", "reviewer", "admin")) {
            as(user).get("/api/public/fact-checks").then().statusCode(403);
            as(user).get("/api/public/fact-checks/index").then().statusCode(403);
        }
        RestAssured.given().auth().oauth2(Tokens.fresh("factdesk-other", "editor"))
                .get("/api/public/fact-checks").then().statusCode(401);
        publicSite().get("/api/public/fact-checks").then().statusCode(200);
    }

    @Test
    void keysetPagesFiltersAndBadParameters() {
        String marker = marker();
        List<String> slugs = new java.util.ArrayList<>();
        for (String rating : List.of("FALSE", "TRUE", "FALSE")) {
            slugs.add(0, slugOf(approve("editor", submittedWith(marker, rating))));
        }
        JsonPath first = publicSite().queryParam("q", marker).queryParam("limit", 2)
                .get("/api/public/fact-checks").then().statusCode(200).extract().jsonPath();
        assertEquals(slugs.subList(0, 2), first.getList("items.slug"), "newest first");
        JsonPath second = publicSite().queryParam("q", marker).queryParam("limit", 2)
                .queryParam("after", first.getString("next"))
                .get("/api/public/fact-checks").then().statusCode(200).extract().jsonPath();
        assertEquals(slugs.subList(2, 3), second.getList("items.slug"));
        assertNull(second.get("next"));
        assertEquals(3, new HashSet<>(slugs).size());

        assertEquals(List.of(slugs.get(0), slugs.get(2)), publicSite().queryParam("q", marker)
                .queryParam("rating", "false").get("/api/public/fact-checks").jsonPath().getList("items.slug"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(3, publicSite().queryParam("q", marker).queryParam("from", today).queryParam("to", today)
                .get("/api/public/fact-checks").jsonPath().getList("items").size());
        assertEquals(0, publicSite().queryParam("q", marker).queryParam("from", tomorrow)
                .get("/api/public/fact-checks").jsonPath().getList("items").size());
        // Web-search syntax: a phrase and an exclusion; nothing a searcher types is an error.
        assertEquals(3, publicSite().queryParam("q", "\"bus budget\" " + marker + " -nonexistentword")
                .get("/api/public/fact-checks").jsonPath().getList("items").size());
        publicSite().queryParam("q", "& | ! ( ) :* <-> '").get("/api/public/fact-checks").then().statusCode(200);

        Map<String, String> bad = Map.of(
                "rating", "PANTS_ON_FIRE", "from", "2026-13-01", "to", "yesterday", "limit", "0",
                "after", "not-a-cursor", "order", "random", "q", "x".repeat(201));
        bad.forEach((name, value) -> publicSite().queryParam(name, value).get("/api/public/fact-checks").then()
                .statusCode(400).contentType("application/problem+json"));
        publicSite().queryParam("from", "2026-05-02").queryParam("to", "2026-05-01")
                .get("/api/public/fact-checks").then().statusCode(400).body("detail", containsString("to"));
        publicSite().queryParam("order", "updated").queryParam("after", first.getString("next"))
                .get("/api/public/fact-checks").then().statusCode(400);
    }
}
