package org.factdesk.review;

import static org.factdesk.review.Desk.as;
import static org.factdesk.review.Desk.body;
import static org.factdesk.review.Steps.addSource;
import static org.factdesk.review.Steps.approve;
import static org.factdesk.review.Steps.decideCorrection;
import static org.factdesk.review.Steps.ok;
import static org.factdesk.review.Steps.post;
import static org.factdesk.review.Steps.proposeCorrection;
import static org.factdesk.review.Steps.take;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The rows of the README's workflow table that are about who may do what to one item, with real tokens. */
@QuarkusTest
class WorkflowRulesTest {

    @Inject
    Pool database;

    @Test
    void aCorrectionIsOnlyAProposalUntilASecondPersonApprovesIt() {
        JsonPath published = approve("editor", Steps.submitted("reviewer"));
        String id = published.getString("id");
        JsonPath proposed = proposeCorrection("editor2", published, "The 2024 figure was revised.");

        // Proposed: nothing went out, neither a verdict version nor an event.
        assertEquals("PUBLISHED", proposed.getString("state"));
        assertEquals(1, proposed.getInt("verdict.verdictVersion"));
        assertEquals(1L, count("select count(*) from published_verdict where review_id = $1::uuid", id));
        assertEquals(1L, count("select count(*) from outbox_event where topic = 'verdicts.published' "
                + "and payload::jsonb ->> 'reviewId' = $1", id));

        // Neither the proposer nor the researcher may approve it; nothing changes when they try.
        decideCorrection("editor2", proposed, "approve").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("you proposed this correction")).body("rule", is("four-eyes"))
                .body("type", is("urn:factdesk:problem:workflow-rule"));
        assertEquals(proposed.getLong("version"), Desk.reviewById(id).getLong("version"), "nothing changed");

        JsonPath corrected = ok(decideCorrection("editor", proposed, "approve"));
        assertEquals("CORRECTED", corrected.getString("state"));
        assertEquals(2, corrected.getInt("verdict.verdictVersion"));
        assertEquals(2L, count("select count(*) from published_verdict where review_id = $1::uuid", id));
        assertEquals(1L, count("select count(*) from published_verdict where review_id = $1::uuid "
                + "and proposed_by = 'editor2' and approved_by = 'editor' and verdict_version = 2", id));

        List<Map<String, Object>> audit = auditOf(id);
        Map<String, Object> proposal = audit.stream().filter(a -> "PROPOSE_CORRECTION".equals(a.get("action")))
                .findFirst().orElseThrow();
        Map<String, Object> approval = audit.get(audit.size() - 1);
        assertEquals("editor2", proposal.get("actor"));
        assertEquals("CORRECT", approval.get("action"));
        assertEquals("editor", approval.get("actor"));
        assertEquals("proposed by editor2: The 2024 figure was revised.", approval.get("reason"));
    }

    @Test
    void aResearcherMayProposeACorrectionOfTheirOwnVerdictButNotApproveIt() {
        JsonPath published = approve("admin", Steps.submitted("editor"));
        JsonPath proposed = proposeCorrection("editor", published, "I misread the 2024 figure.");
        decideCorrection("editor", proposed, "approve").then().statusCode(403).body("rule", is("four-eyes"));
        assertEquals("CORRECTED", ok(decideCorrection("editor2", proposed, "approve")).getString("state"));
    }

    @Test
    void oneOpenProposalPerItemAndADecidedProposalCannotBeDecidedAgain() {
        JsonPath published = approve("editor", Steps.submitted("reviewer"));
        JsonPath proposed = proposeCorrection("editor2", published, "First proposal.");
        post("admin", proposed.getString("id"), "corrections",
                Steps.correction("Second proposal.", "TRUE", proposed.getLong("version")))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has correction"));

        JsonPath rejected = ok(decideCorrection("admin", proposed, "reject"));
        assertNull(rejected.get("pendingCorrection"));
        assertEquals(1, rejected.getInt("verdict.verdictVersion"), "a rejected proposal publishes nothing");
        post("editor", proposed.getString("id"), "corrections/" + proposed.getString("pendingCorrection.id")
                + "/approve", body("version", rejected.getLong("version")))
                .then().statusCode(409).body("detail", containsString("REJECTED"));
        List<Map<String, Object>> audit = auditOf(proposed.getString("id"));
        assertEquals("REJECT_CORRECTION", audit.get(audit.size() - 1).get("action"));

        JsonPath again = proposeCorrection("editor2", rejected, "Second try.");
        assertNotNull(again.get("pendingCorrection.id"));
    }

    @Test
    void theResearcherCannotSendTheirOwnSubmissionBack() {
        JsonPath submitted = Steps.submitted("editor");
        post("editor", submitted.getString("id"), "request-changes",
                body("reason", "Let me redo this.", "version", submitted.getLong("version")))
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", is("four-eyes: you researched this item"));
        JsonPath after = Desk.reviewById(submitted.getString("id"));
        assertEquals("SUBMITTED", after.getString("state"));
        assertEquals(submitted.getList("notes").size(), after.getList("notes").size(), "no note was added");
    }

    @Test
    void onlyTheAssigneeOrAnEditorAddsSourcesAndTheEditorsAuthorityIsAudited() {
        JsonPath taken = take("reviewer", Desk.queuedReview(e -> {
        }));
        String id = taken.getString("id");
        Steps.post("reviewer2", id, "sources", source()).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("only the assignee (reviewer)")).body("rule", is("assignee-only"))
                .body("type", is("urn:factdesk:problem:workflow-rule"));
        assertEquals(0, Desk.reviewById(id).getList("sources").size(), "nothing stored");

        addSource("reviewer", taken);
        addSource("editor", taken);
        List<Map<String, Object>> sources = auditOf(id).stream().filter(a -> "SOURCE".equals(a.get("action"))).toList();
        assertEquals(2, sources.size());
        assertEquals("reviewer", sources.get(0).get("actor"));
        assertNull(sources.get(0).get("actingAs"));
        assertEquals("editor", sources.get(1).get("actor"));
        assertEquals("editor", sources.get(1).get("actingAs"));
    }

    @Test
    void assignOnlyToExistingReviewersAndCaseVariantsResolveToTheRealUser() {
        JsonPath queued = Desk.queuedReview(e -> {
        });
        String id = queued.getString("id");
        // No such user, a user without the reviewer role, and a prefix of a real name.
        for (String nobody : List.of("no-such-user-" + System.nanoTime(), "editor", "review")) {
            post("editor", id, "assign", body("assignee", nobody, "version", queued.getLong("version")))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("field", is("assignee")).body("detail", containsString("no reviewer named"));
        }
        assertEquals("QUEUED", Desk.reviewById(id).getString("state"), "nothing changed");

        JsonPath assigned = Steps.assign("editor", queued, "ReViewer2");
        assertEquals("reviewer2", assigned.getString("assignee"));
        // Identity is the subject: the audit records reviewer2's Keycloak id, and reviewer2's token matches it.
        assertEquals(1L, count("select count(*) from review_item where id = $1::uuid and assignee_id = '"
                + subjectOf("reviewer2") + "'", id), "the assignee is stored by Keycloak id (= token sub)");
        addSource("reviewer2", assigned);
        assertEquals("SUBMITTED", Steps.submit("reviewer2", Desk.reviewById(id), "FALSE").getString("state"));
        Map<String, Object> submit = auditOf(id).stream().filter(a -> "SUBMIT".equals(a.get("action")))
                .findFirst().orElseThrow();
        assertEquals(subjectOf("reviewer2"), submit.get("actorId"));
        assertEquals("reviewer2", submit.get("actor"));
    }

    @Test
    void evidenceOnlyWhileInResearchAndNoNotesOnWithdrawnItems() {
        JsonPath submitted = Steps.submitted("reviewer");
        Steps.post("reviewer", submitted.getString("id"), "sources", source()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("SUBMITTED"))
                .body("type", is("urn:factdesk:problem:illegal-transition"));
        JsonPath taken = take("reviewer", Desk.queuedReview(e -> {
        }));
        Desk.send("claims.withdrawn", Desk.claimWithdrawn(taken.getString("claimId"), taken.getString("articleId")));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "WITHDRAWN".equals(Desk.reviewById(taken.getString("id")).getString("state")));
        as("reviewer").body(body("text", "Too late.")).post("/api/reviews/" + taken.getString("id") + "/notes")
                .then().statusCode(409).body("detail", containsString("WITHDRAWN"))
                .body("type", is("urn:factdesk:problem:illegal-transition"));
    }

    @Test
    void notesSourcesAndAuditArePagedWithAHardCap() {
        JsonPath taken = take("reviewer", Desk.queuedReview(e -> {
        }));
        String id = taken.getString("id");
        for (int i = 0; i < 7; i++) {
            as("reviewer").body(body("text", "note " + i)).post("/api/reviews/" + id + "/notes").then().statusCode(201);
        }
        List<String> texts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("editor").queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/reviews/" + id + "/notes").then().statusCode(200).extract().jsonPath();
            texts.addAll(page.getList("items.text"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);
        assertEquals(List.of("note 0", "note 1", "note 2", "note 3", "note 4", "note 5", "note 6"), texts);
        assertEquals(3, pages);

        JsonPath audit = as("editor").queryParam("limit", 5).get("/api/reviews/" + id + "/audit")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("QUEUE", "TAKE", "NOTE", "NOTE", "NOTE"), audit.getList("items.action"));
        JsonPath rest = as("editor").queryParam("after", audit.getString("next")).get("/api/reviews/" + id + "/audit")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, rest.getList("items").size());
        assertNull(rest.get("next"));

        for (String path : List.of("notes", "sources", "audit")) {
            as("editor").queryParam("limit", 101).get("/api/reviews/" + id + "/" + path).then().statusCode(400)
                    .contentType("application/problem+json");
            as("editor").queryParam("limit", 0).get("/api/reviews/" + id + "/" + path).then().statusCode(400);
            as("editor").queryParam("after", "bm90LWEtY3Vyc29y").get("/api/reviews/" + id + "/" + path)
                    .then().statusCode(400).body("field", is("after"));
        }
        assertEquals(7, Desk.reviewById(id).getList("notes").size());
        assertNull(Desk.reviewById(id).get("notesNext"));
    }

    private static Object source() {
        return body("url", "https://www.example.gov/budget/2025", "title", "Budget 2025", "publisher", "City Council",
                "quote", "Bus services: 12.4 million", "accessedAt", "2026-11-20T10:00:00Z", "primary", true);
    }

    private static List<Map<String, Object>> auditOf(String id) {
        return as("editor").queryParam("limit", 100).get("/api/reviews/" + id + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static String subjectOf(String user) {
        String payload = Tokens.of(user).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload));
        return new io.restassured.path.json.JsonPath(json).getString("sub");
    }

    private long count(String sql, String parameter) {
        return database.preparedQuery(sql)
                .execute(Tuple.of(parameter)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
