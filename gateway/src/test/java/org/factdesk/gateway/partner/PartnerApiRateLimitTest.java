package org.factdesk.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.factdesk.gateway.publishing.PublicReadModelBackend;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Its own profile (and gateway instance): 3 requests a minute per partner client. */
@QuarkusTest
@TestProfile(PartnerApiRateLimitTest.TightBudget.class)
@WithTestResource(PublicReadModelBackend.class)
class PartnerApiRateLimitTest {

    public static class TightBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.partner-api.rate-limit.requests", "3");
        }
    }

    @Test
    void eachPartnerClientHasItsOwnBudget() {
        String newswire = PartnerTokens.partner(PartnerTokens.NEWSWIRE);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, given().auth().oauth2(newswire).get(PartnerApiTest.LIST).statusCode(),
                    "request " + i + " is within the budget");
        }
        int asked = PublicReadModelBackend.URIS.size();
        Response refused = given().auth().oauth2(newswire).get(PartnerApiTest.LIST);
        assertEquals(429, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "a request every 20 s at 3 per minute: " + retryAfter);
        assertTrue(refused.jsonPath().getString("detail").startsWith("client partner-newswire made more requests"));
        assertEquals("urn:factdesk:problem:rate-limited", refused.jsonPath().getString("type"));
        assertEquals(asked, PublicReadModelBackend.URIS.size(), "a throttled call does not reach the read model");

        // A fresh token of the same client does not reset it; another partner is not affected.
        assertEquals(429, given().auth().oauth2(PartnerTokens.partner(PartnerTokens.NEWSWIRE)).get(PartnerApiTest.LIST)
                .statusCode());
        assertEquals(200, given().auth().oauth2(PartnerTokens.partner(PartnerTokens.ARCHIVE)).get(PartnerApiTest.LIST)
                .statusCode());
    }
}
