package org.factdesk.system.flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.system.support.Api;
import org.factdesk.system.support.Articles;
import org.factdesk.system.support.Articles.ClaimRef;
import org.factdesk.system.support.Reviews;
import org.factdesk.system.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The public site across the real services: a verdict approved in the review-service is readable by anyone at the
 * gateway under the URL the verdict announced (the article-service shows the same link), with its ClaimReview, in
 * the feeds and the sitemap; the review-service's read model itself answers nobody but the gateway.
 */
class PublicSiteIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
            Pattern.DOTALL);

    @Test
    void anApprovedVerdictIsPublicAtTheGatewayWithItsClaimReviewFeedsAndSitemap() throws Exception {
        ClaimRef claim = Articles.queuedClaim("editor");
        JsonPath item = await("review item for " + claim.claimId()).atMost(PATIENCE)
                .until(() -> Reviews.byClaim("reviewer", claim.claimId()), found -> found != null);
        UUID reviewId = UUID.fromString(item.getString("id"));
        JsonPath submitted = Reviews.research("reviewer", reviewId);
        JsonPath published = Reviews.approve("editor2", reviewId, submitted.getLong("version"))
                .then().statusCode(200).extract().jsonPath();
        String publicUrl = published.getString("claimReviewUrl");
        assertTrue(publicUrl.matches(".*/fact-checks/[a-z0-9-]+"), publicUrl);
        String path = publicUrl.replaceFirst("^https?://[^/]+", "");

        // Anyone, no session: the page, with the ClaimReview whose url is the page itself.
        Response page = given().baseUri(SystemUnderTest.GATEWAY).redirects().follow(false).get(path);
        assertEquals(200, page.statusCode(), page::asString);
        assertTrue(page.contentType().startsWith("text/html"));
        Matcher script = JSON_LD.matcher(page.asString());
        assertTrue(script.find(), "the page carries ClaimReview markup");
        JsonNode review = new ObjectMapper().readTree(script.group(1));
        assertEquals("ClaimReview", review.path("@type").asText());
        assertEquals(publicUrl, review.path("url").asText());
        assertEquals(item.getString("claimText"), review.path("claimReviewed").asText());
        assertEquals("Organization", review.path("author").path("@type").asText());
        assertTrue(review.path("reviewRating").path("ratingValue").isInt());

        // The article-service got the same link through verdicts.published.
        await("the verdict's public link on the claim").atMost(PATIENCE).until(() -> publicUrl.equals(
                Api.article("editor").get("/api/articles/{id}", claim.articleId()).then().statusCode(200)
                        .extract().jsonPath().getString("claims[0].verdict.reviewUrl")));

        // The gateway's cached feed and sitemap are renewed when its own consumer sees verdicts.published.
        await("the Atom feed lists it").atMost(PATIENCE).until(() -> given().baseUri(SystemUnderTest.GATEWAY)
                .get("/fact-checks/feed.atom").then().statusCode(200).extract().asString()
                .contains("<id>" + publicUrl + "</id>"));
        await("the sitemap lists it").atMost(PATIENCE).until(() -> given().baseUri(SystemUnderTest.GATEWAY)
                .get("/sitemap.xml").then().statusCode(200).extract().asString()
                .contains("<loc>" + publicUrl + "</loc>"));

        // The read model behind the site: no token, or a user's token, gets nothing.
        String slug = path.substring("/fact-checks/".length());
        given().baseUri(SystemUnderTest.REVIEW).get("/api/public/fact-checks/" + slug).then().statusCode(401);
        Api.review("editor").get("/api/public/fact-checks/" + slug).then().statusCode(403);
    }
}
