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
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ReviewWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void queuedClaimIsResearchedApprovedBySecondPersonAndPublishedToKafka() throws Exception {
        JsonPath queued = Desk.queuedReview(e -> e.put("priority", "HIGH"));
        String id = queued.getString("id");
        String claimId = queued.getString("claimId");
        assertEquals("QUEUED", queued.getString("state"));
        assertEquals(List.of("take", "assign"), queued.getList("allowedTransitions"));
        assertEquals("https://news.example.org/2026/11/bus-budget", queued.getString("articleUrl"));

        JsonPath taken = take("reviewer", queued);
        assertEquals("IN_RESEARCH", taken.getString("state"));
        assertEquals("reviewer", taken.getString("assignee"));
        assertTrue(taken.getLong("version") > queued.getLong("version"));

        String noteId = as("reviewer").body(body("text", "Checking the 2024 and 2025 budgets."))
                .post("/api/reviews/" + id + "/notes").then().statusCode(201).extract().path("id");
        as("editor").body(body("text", "The 2025 budget is on the council site.", "parentId", noteId))
                .post("/api/reviews/" + id + "/notes").then().statusCode(201)
                .body("parentId", is(noteId)).body("author", is("editor"));
        addSource("reviewer", taken);

        JsonPath researched = Desk.reviewById(id);
        assertEquals(2, researched.getList("notes").size());
        assertEquals("reviewer", researched.getString("sources[0].addedBy"));
        assertTrue(researched.getBoolean("sources[0].primary"));

        JsonPath submitted = submit("reviewer", researched, "FALSE");
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertEquals("reviewer", submitted.getString("verdict.researchedBy"));
        assertEquals(1, submitted.getInt("verdict.ratingValue"));

        // A reviewer may not approve at all; the editor second person may.
        post("reviewer2", id, "approve", body("version", submitted.getLong("version"))).then().statusCode(403);
        JsonPath published = approve("editor2", submitted);
        assertEquals("PUBLISHED", published.getString("state"));
        assertEquals("editor2", published.getString("verdict.approvedBy"));
        assertEquals(1, published.getInt("verdict.verdictVersion"));
        assertEquals(List.of("corrections"), published.getList("allowedTransitions"));

        List<JsonNode> verdicts = Desk.awaitEvents("verdicts.published", claimId, id, 1);
        assertEquals(1, verdicts.size(), "one verdicts.published per publication");
        JsonNode verdict = verdicts.get(0);
        assertEquals(claimId, verdict.get("claimId").asText());
        assertEquals(id, verdict.get("reviewId").asText());
        assertEquals(queued.getString("articleId"), verdict.get("articleId").asText());
        assertEquals("FALSE", verdict.get("rating").asText());
        assertEquals(1, verdict.get("ratingValue").asInt());
        assertEquals(1, verdict.get("verdictVersion").asInt());
        assertEquals("editor2", verdict.get("approvedBy").asText());
        assertEquals("reviewer", verdict.get("researchedBy").asText());
        assertEquals("http://localhost:8080/fact-checks/" + published.getString("claimReviewUrl").replaceAll(".*/", ""),
                verdict.get("reviewUrl").asText());
        assertTrue(published.getString("claimReviewUrl").matches("http://localhost:8080/fact-checks/"
                + "the-council-doubled-the-bus-budget-in-2025-[0-9a-f]{12}"), "the public page of the fact-check");

        // Editors follow the item live: created, taken, submitted and published, in that order.
        List<String> states = Desk.awaitEvents("reviews.progress", claimId, id, 4).stream()
                .map(event -> event.get("state").asText())
                .toList();
        assertEquals(List.of("QUEUED", "IN_RESEARCH", "SUBMITTED", "PUBLISHED"), states);

        List<Map<String, Object>> audit = as("reviewer").get("/api/reviews/" + id + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(List.of("QUEUE", "TAKE", "NOTE", "NOTE", "SOURCE", "SUBMIT", "APPROVE"),
                audit.stream().map(entry -> entry.get("action")).toList());
        assertEquals("SUBMITTED", audit.get(6).get("from"));
        assertEquals("PUBLISHED", audit.get(6).get("to"));
        assertEquals("editor2", audit.get(6).get("actor"));
    }

    @Test
    void researcherCannotApproveOwnResearchButAnotherEditorCan() {
        JsonPath submitted = Steps.submitted("editor");
        String id = submitted.getString("id");
        post("editor", id, "approve", body("version", submitted.getLong("version")))
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", is("four-eyes: you researched this item"));
        assertEquals("SUBMITTED", Desk.reviewById(id).getString("state"));
        JsonPath published = approve("admin", submitted);
        assertEquals("PUBLISHED", published.getString("state"));

        // A correction is a publication too: the researcher cannot approve one, even proposed by someone else.
        JsonPath proposed = Steps.proposeCorrection("editor2", published, "Typo in the label.");
        Steps.decideCorrection("editor", proposed, "approve")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", is("four-eyes: you researched this item")).body("rule", is("four-eyes"));
        assertEquals("PUBLISHED", Desk.reviewById(id).getString("state"));
    }

    @Test
    void changesRequestedGoBackToTheResearcherWithTheReason() {
        JsonPath submitted = Steps.submitted("reviewer");
        String id = submitted.getString("id");
        JsonPath sentBack = ok(post("editor", id, "request-changes",
                body("reason", "Quote the 2024 figure from the primary source.", "version", submitted.getLong("version"))));
        assertEquals("CHANGES_REQUESTED", sentBack.getString("state"));
        assertEquals("reviewer", sentBack.getString("assignee"));
        assertTrue(sentBack.getString("notes[-1].text").contains("Quote the 2024 figure"));

        // Someone else cannot grab it; the researcher resumes and resubmits.
        post("reviewer2", id, "take", body("version", sentBack.getLong("version"))).then().statusCode(409);
        JsonPath resumed = take("reviewer", sentBack);
        assertEquals("IN_RESEARCH", resumed.getString("state"));
        assertEquals("SUBMITTED", submit("reviewer", resumed, "MOSTLY_FALSE").getString("state"));

        List<Map<String, Object>> audit = as("editor").get("/api/reviews/" + id + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> request = audit.stream().filter(a -> a.get("action").equals("REQUEST_CHANGES"))
                .findFirst().orElseThrow();
        assertEquals("editor", request.get("actor"));
        assertEquals("Quote the 2024 figure from the primary source.", request.get("reason"));
    }

    @Test
    void submittingNeedsASourceUnlessItIsNotAClaim() {
        JsonPath taken = take("reviewer", Desk.queuedReview(e -> {
        }));
        post("reviewer", taken.getString("id"), "submit", Steps.submission("TRUE", taken.getLong("version")))
                .then().statusCode(409).body("detail", containsString("at least one source"));
        JsonPath submitted = submit("reviewer", taken, "NOT_A_CLAIM");
        assertEquals("NOT_A_CLAIM", submitted.getString("verdict.rating"));
        assertNull(submitted.get("verdict.ratingValue"));
    }

    @Test
    void publishedVerdictIsClaimReviewJsonLdAndCorrectionsPublishNewVersions() throws Exception {
        JsonPath published = approve("editor", Steps.submitted("reviewer"));
        String id = published.getString("id");
        String claimId = published.getString("claimId");

        String document = RestAssuredLd.claimReview(id);
        JsonNode review = JSON.readTree(document);
        assertEquals("https://schema.org", review.get("@context").asText());
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("The council doubled the bus budget in 2025.", review.get("claimReviewed").asText());
        assertEquals(published.getString("claimReviewUrl"), review.get("url").asText());
        assertTrue(review.get("url").asText().startsWith("http://localhost:8080/fact-checks/"));
        assertEquals(published.getString("verdict.publishedAt"), review.get("datePublished").asText());
        assertEquals("Organization", review.at("/author/@type").asText());
        assertEquals("Factdesk Test Desk", review.at("/author/name").asText());
        assertEquals("https://factdesk.test", review.at("/author/url").asText());
        assertEquals(1, review.at("/reviewRating/ratingValue").asInt());
        assertEquals(5, review.at("/reviewRating/bestRating").asInt());
        assertEquals(1, review.at("/reviewRating/worstRating").asInt());
        assertEquals("False: the budget grew 4%", review.at("/reviewRating/alternateName").asText());
        assertEquals("Claim", review.at("/itemReviewed/@type").asText());
        assertEquals("Jane Mayor", review.at("/itemReviewed/author/name").asText());
        assertTrue(review.at("/itemReviewed/datePublished").isTextual());
        assertEquals("https://news.example.org/2026/11/bus-budget", review.at("/itemReviewed/appearance/url").asText());
        JsonLdCheck.assertExpandsAsClaimReview(document);

        JsonPath proposed = Steps.proposeCorrection("editor2", published,
                "The 2024 figure was revised by the council; the rise is 6%, still not double.");
        assertEquals("PUBLISHED", proposed.getString("state"), "a proposal publishes nothing");
        assertEquals("editor2", proposed.getString("pendingCorrection.proposedBy"));
        JsonPath corrected = ok(Steps.decideCorrection("admin", proposed, "approve"));
        assertEquals("CORRECTED", corrected.getString("state"));
        assertEquals("editor2", corrected.getString("verdict.correctionProposedBy"));
        assertEquals("admin", corrected.getString("verdict.approvedBy"));
        assertNull(corrected.get("pendingCorrection"));
        assertEquals(2, corrected.getInt("verdict.verdictVersion"));
        assertNotEquals(published.getLong("version"), corrected.getLong("version"));

        JsonNode correction = Desk.awaitEvents("verdicts.published", claimId, id, 2).get(1);
        assertEquals(2, correction.get("verdictVersion").asInt());
        assertEquals("MOSTLY_FALSE", correction.get("rating").asText());
        assertEquals("admin", correction.get("approvedBy").asText());
        assertEquals("editor2", correction.get("correctionProposedBy").asText());
        assertTrue(correction.get("correctionNote").asText().startsWith("The 2024 figure was revised"));

        JsonNode correctedReview = JSON.readTree(RestAssuredLd.claimReview(id));
        assertEquals(2, correctedReview.at("/reviewRating/ratingValue").asInt());
        assertEquals(review.get("datePublished"), correctedReview.get("datePublished"));
        assertTrue(correctedReview.at("/correction/text").asText().startsWith("The 2024 figure was revised"));
        assertEquals("editor2", correctedReview.at("/correction/author/name").asText());
        assertEquals("admin", correctedReview.at("/correction/editor/name").asText());
        JsonLdCheck.assertExpandsAsClaimReview(RestAssuredLd.claimReview(id));
    }
}
