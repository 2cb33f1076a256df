package org.factdesk.system.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.factdesk.system.support.Api;
import org.factdesk.system.support.Articles;
import org.factdesk.system.support.Articles.ClaimRef;
import org.factdesk.system.support.Problems;
import org.factdesk.system.support.Reviews;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Four-eyes: whoever researched a verdict cannot approve it or publish its correction, whatever roles they hold; a
 * correction is a proposal that a second person approves.
 */
class FourEyesIT {

    @ParameterizedTest(name = "{0} researches, cannot approve; {1} can")
    @CsvSource({ "editor, editor2", "admin, editor" })
    void theResearcherCannotApproveEvenAsAnEditor(String researcher, String secondPair) {
        ClaimRef claim = Articles.queuedClaim("editor");
        UUID reviewId = UUID.fromString(await("review item").atMost(Duration.ofSeconds(60))
                .until(() -> Reviews.byClaim(researcher, claim.claimId()), item -> item != null).getString("id"));

        JsonPath submitted = Reviews.research(researcher, reviewId);
        assertEquals(researcher, submitted.getString("verdict.researchedBy"));

        Response ownApproval = Reviews.approve(researcher, reviewId, submitted.getLong("version"));
        assertEquals("urn:factdesk:problem:workflow-rule",
                Problems.assertProblem(researcher + " approves own research", 403, ownApproval.statusCode(),
                        ownApproval.contentType(), ownApproval.asString()).path("type").asText());
        assertEquals("SUBMITTED", Reviews.get(researcher, reviewId).getString("state"), "a refused approval changed the item");

        JsonPath published = Reviews.approve(secondPair, reviewId, submitted.getLong("version"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("PUBLISHED", published.getString("state"));
        assertEquals(secondPair, published.getString("verdict.approvedBy"));

        // A correction is a new approval: the researcher may propose one but not publish it.
        JsonPath proposed = Api.review(researcher)
                .body(Map.of("correctionNote", "Rounded figure corrected.", "rating", "HALF_TRUE", "label", "Half true",
                        "summary", "The figure is rounded up.", "explanation", "Table 4 says otherwise.",
                        "version", published.getLong("version")))
                .post("/api/reviews/{id}/corrections", reviewId)
                .then().statusCode(201).extract().jsonPath();
        assertEquals("PUBLISHED", proposed.getString("state"), "a proposal publishes nothing");
        String proposalId = proposed.getString("pendingCorrection.id");
        Response ownCorrection = Api.review(researcher).body(Map.of("version", proposed.getLong("version")))
                .post("/api/reviews/{id}/corrections/{proposalId}/approve", reviewId, proposalId);
        assertEquals("urn:factdesk:problem:workflow-rule",
                Problems.assertProblem(researcher + " publishes a correction of own research", 403,
                        ownCorrection.statusCode(), ownCorrection.contentType(), ownCorrection.asString())
                        .path("type").asText());
        JsonPath corrected = Api.review(secondPair).body(Map.of("version", proposed.getLong("version")))
                .post("/api/reviews/{id}/corrections/{proposalId}/approve", reviewId, proposalId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("CORRECTED", corrected.getString("state"));
        assertEquals(researcher, corrected.getString("verdict.correctionProposedBy"));
        assertEquals(secondPair, corrected.getString("verdict.approvedBy"));
    }
}
