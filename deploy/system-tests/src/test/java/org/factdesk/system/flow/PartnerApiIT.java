package org.factdesk.system.flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.factdesk.system.support.Articles;
import org.factdesk.system.support.Articles.ClaimRef;
import org.factdesk.system.support.Reviews;
import org.factdesk.system.support.SystemUnderTest;
import org.factdesk.system.support.Tokens;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The partner API across the real services and Keycloak: a partner's client-credentials token reads what the desk
 * published, under the URL the verdict announced, and nothing that is still in review.
 */
class PartnerApiIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aPartnerReadsWhatWasPublishedAndNothingThatIsStillInReview() {
        ClaimRef published = Articles.queuedClaim("editor");
        ClaimRef inReview = Articles.queuedClaim("editor");
        JsonPath publishedItem = reviewItem(published);
        JsonPath inReviewItem = reviewItem(inReview);
        UUID publishedId = UUID.fromString(publishedItem.getString("id"));
        String publicUrl = Reviews.approve("editor2", publishedId,
                Reviews.research("reviewer", publishedId).getLong("version"))
                .then().statusCode(200).extract().jsonPath().getString("claimReviewUrl");
        // Submitted for approval: complete, but not published.
        Reviews.research("reviewer", UUID.fromString(inReviewItem.getString("id")));
        String slug = publicUrl.substring(publicUrl.lastIndexOf('/') + 1);

        JsonPath found = partner().queryParam("q", publishedItem.getString("claimText")).get("/partner/v1/fact-checks")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(slug), found.getList("items.slug"), found.prettify());
        assertEquals(publicUrl, found.getString("items[0].url"));
        assertEquals(publishedItem.getString("claimText"), found.getString("items[0].claim"));

        JsonPath notFound = partner().queryParam("q", inReviewItem.getString("claimText")).get("/partner/v1/fact-checks")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), notFound.getList("items"), "a verdict awaiting approval is not published");

        Response one = partner().get("/partner/v1/fact-checks/{slug}", slug);
        assertEquals(200, one.statusCode(), one::asString);
        assertEquals(publicUrl, one.jsonPath().getString("claimReview.url"));
        assertEquals("ClaimReview", one.jsonPath().getString("claimReview.'@type'"));
        assertEquals(1, one.jsonPath().getInt("factCheck.version"));
        Map<String, Object> firstVersion = one.jsonPath().getMap("versions[0]");
        assertEquals(1, firstVersion.get("version"));
        assertTrue(!one.asString().contains("researchedBy") && !one.asString().contains("notes"), one.asString());
    }

    private static JsonPath reviewItem(ClaimRef claim) {
        return await("review item for " + claim.claimId()).atMost(PATIENCE)
                .until(() -> Reviews.byClaim("reviewer", claim.claimId()), item -> item != null);
    }

    private static RequestSpecification partner() {
        return given().baseUri(SystemUnderTest.GATEWAY).auth().oauth2(Tokens.partner("partner-newswire"));
    }
}
