package org.factdesk.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.factdesk.gateway.publishing.PublicReadModelBackend;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/**
 * The partner API against the real Keycloak (tokens of the demo partner clients) and a real HTTP server in the place
 * of the review-service's public read model.
 */
@QuarkusTest
@WithTestResource(PublicReadModelBackend.class)
class PartnerApiTest {

    static final String LIST = "/partner/v1/fact-checks";

    @Test
    void aPartnerListsPublishedFactChecksWithTheirPublicUrls() {
        Response response = given().auth().oauth2(PartnerTokens.partner(PartnerTokens.NEWSWIRE))
                .queryParam("q", "bus budget").queryParam("limit", "2").get(LIST);
        assertEquals(200, response.statusCode(), response.asString());
        JsonPath body = response.jsonPath();
        assertEquals(List.of(PublicReadModelBackend.SLUG), body.getList("items.slug"));
        assertEquals("https://facts.example.org/fact-checks/" + PublicReadModelBackend.SLUG, body.getString("items[0].url"));
        assertEquals("MOSTLY_FALSE", body.getString("items[0].rating"));
        assertEquals(2, body.getInt("items[0].version"));
        assertEquals("page2", body.getString("next"));

        // The read model got the partner's query, and the gateway's own token: partners never reach it themselves.
        String asked = PublicReadModelBackend.URIS.get(PublicReadModelBackend.URIS.size() - 1);
        assertTrue(asked.contains("q=bus%20budget") || asked.contains("q=bus+budget"), asked);
        assertTrue(asked.contains("limit=2"), asked);
        assertEquals("factdesk-gateway", lastReadModelToken().getString("azp"));

        JsonPath last = given().auth().oauth2(PartnerTokens.partner(PartnerTokens.NEWSWIRE))
                .queryParam("after", "page2").get(LIST).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(PublicReadModelBackend.HOSTILE_SLUG), last.getList("items.slug"));
        assertNull(last.get("items[0].ratingValue"), "a rating off the scale has no value");
        assertNull(last.get("next"), "the last page");
    }

    @Test
    void theReadModelsRefusalsAndFailuresBecomeProblems() {
        String token = PartnerTokens.partner(PartnerTokens.NEWSWIRE);
        Response refused = given().auth().oauth2(token).queryParam("rating", "bad").get(LIST);
        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.jsonPath().getString("detail").startsWith("rating: must be one of"));
        assertEquals("urn:factdesk:problem:malformed-request", refused.jsonPath().getString("type"));

        Response failed = given().auth().oauth2(token).get(LIST + "/" + PublicReadModelBackend.CRASHING_SLUG);
        assertEquals(503, failed.statusCode(), failed.asString());
        assertEquals("application/problem+json", failed.contentType());
        assertEquals("5", failed.header("Retry-After"));
        assertEquals("urn:factdesk:problem:unavailable", failed.jsonPath().getString("type"));
        assertFalse(failed.asString().contains("Exception"), failed.asString());
    }

    @Test
    void aPartnerReadsOneFactCheckWithSourcesVersionsAndItsClaimReview() {
        Response response = given().auth().oauth2(PartnerTokens.partner(PartnerTokens.ARCHIVE))
                .get(LIST + "/" + PublicReadModelBackend.SLUG);
        assertEquals(200, response.statusCode(), response.asString());
        JsonPath body = response.jsonPath();
        assertEquals(PublicReadModelBackend.SLUG, body.getString("factCheck.slug"));
        assertTrue(body.getString("explanation").startsWith("The 2025 budget lists 12.4 million."));
        assertEquals(2, body.getList("versions").size());
        assertEquals(List.of(1, 2), body.getList("versions.version"));
        assertFalse(body.getList("sources").isEmpty());
        assertEquals("ClaimReview", body.getString("claimReview.'@type'"));
        assertEquals("https://schema.org", body.getString("claimReview.'@context'"));
        assertEquals("https://facts.example.org/fact-checks/" + PublicReadModelBackend.SLUG,
                body.getString("claimReview.url"));
        assertFalse(response.asString().contains("researchedBy"), "who worked on it is not part of the partner API");
    }

    @Test
    void whatIsNotPublishedIsAProblemNotFound() {
        Response response = given().auth().oauth2(PartnerTokens.partner(PartnerTokens.NEWSWIRE))
                .get(LIST + "/not-published-0123456789ab");
        assertEquals(404, response.statusCode(), response.asString());
        assertEquals("application/problem+json", response.contentType());
        assertEquals("This fact-check does not exist or is not published.", response.jsonPath().getString("detail"));
        assertEquals("urn:factdesk:problem:not-found", response.jsonPath().getString("type"));
    }

    @Test
    void aBadPageSizeIsRefusedBeforeTheReadModelIsAsked() {
        int asked = PublicReadModelBackend.URIS.size();
        for (String limit : List.of("0", "101", "ten", "-1")) {
            Response response = given().auth().oauth2(PartnerTokens.partner(PartnerTokens.NEWSWIRE))
                    .queryParam("limit", limit).get(LIST);
            assertEquals(400, response.statusCode(), limit + ": " + response.asString());
            assertEquals("application/problem+json", response.contentType());
            assertEquals("limit: must be a whole number from 1 to 100", response.jsonPath().getString("detail"));
        }
        assertEquals(asked, PublicReadModelBackend.URIS.size());
    }

    @Test
    void withoutAPartnerTokenTheAnswerIsABearerChallenge() {
        Map<String, String> callers = Map.of(
                "no token", "",
                "a desk user's valid token (other audience)", "Bearer " + PartnerTokens.user("editor"),
                "a partner token with a broken signature",
                "Bearer " + brokenSignature(PartnerTokens.partner(PartnerTokens.NEWSWIRE)),
                "not a JWT", "Bearer not-a-token");
        int asked = PublicReadModelBackend.URIS.size();
        callers.forEach((caller, authorization) -> {
            Response response = given().header("Authorization", authorization).get(LIST);
            assertEquals(401, response.statusCode(), caller + ": " + response.asString());
            assertEquals("Bearer", response.header("WWW-Authenticate"), caller);
            assertEquals("application/problem+json", response.contentType(), caller);
            assertTrue(response.jsonPath().getString("detail").contains("partner client"), caller);
            assertEquals("urn:factdesk:problem:unauthorized", response.jsonPath().getString("type"), caller);
        });
        assertEquals(asked, PublicReadModelBackend.URIS.size(), "no refused call reaches the read model");
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesOnlyThePartnerApi() {
        Response response = given().queryParam("format", "json").get("/partner/v1/openapi");
        assertEquals(200, response.statusCode(), response.asString());
        JsonObject document = new JsonObject(response.asString());
        assertEquals("Factdesk partner API", document.getJsonObject("info").getString("title"));
        assertEquals(java.util.Set.of(LIST, LIST + "/{slug}"), document.getJsonObject("paths").fieldNames());
        assertTrue(document.getJsonObject("components").getJsonObject("securitySchemes").containsKey("partner-token"));
    }

    private static JsonObject lastReadModelToken() {
        String token = PublicReadModelBackend.AUTHORIZATIONS.get(PublicReadModelBackend.AUTHORIZATIONS.size() - 1);
        return new JsonObject(new String(Base64.getUrlDecoder().decode(token.substring("Bearer ".length()).split("\\.")[1]),
                StandardCharsets.UTF_8));
    }

    /** One character in the middle of the signature changed (the last one may only carry padding bits). */
    private static String brokenSignature(String token) {
        int at = token.lastIndexOf('.') + 20;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }
}
