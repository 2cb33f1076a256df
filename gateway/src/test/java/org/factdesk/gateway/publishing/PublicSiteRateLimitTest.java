package org.factdesk.gateway.publishing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Its own profile (and gateway instance): a budget of 5 requests a minute, so the other tests keep theirs. */
@QuarkusTest
@TestProfile(PublicSiteRateLimitTest.TightBudget.class)
@WithTestResource(PublicReadModelBackend.class)
class PublicSiteRateLimitTest {

    public static class TightBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.public-site.rate-limit.requests", "5");
        }
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfterAndTheDeskIsNotThrottled() {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, given().get("/robots.txt").statusCode(), "request " + i + " is within the budget");
        }
        Response refused = given().get("/fact-checks/" + PublicReadModelBackend.SLUG);
        assertEquals(429, refused.statusCode());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 12, "a token every 12 s at 5 per minute: " + retryAfter);
        assertEquals("no-store", refused.header("Cache-Control"));
        assertTrue(refused.asString().contains("Too many requests"));
        // Only the public site is throttled: the signed-in desk has its own protections.
        assertEquals(401, given().get("/api/me").statusCode());
    }
}
