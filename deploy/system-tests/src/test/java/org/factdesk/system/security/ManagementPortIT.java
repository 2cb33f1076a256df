package org.factdesk.system.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.factdesk.system.support.GatewaySession;
import org.factdesk.system.support.SystemUnderTest;
import org.factdesk.system.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Health, metrics and OpenAPI answer on each service's management port only: not on the application ports, and
 * not through the gateway, whichever way the path is written.
 */
class ManagementPortIT {

    static final List<String> MANAGEMENT_PATHS = List.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics", "/q/openapi");

    /** Application port to management port, per service. */
    static final Map<String, String> SERVICES = Map.of(
            SystemUnderTest.ARTICLE, SystemUnderTest.ARTICLE_MANAGEMENT,
            SystemUnderTest.REVIEW, SystemUnderTest.REVIEW_MANAGEMENT,
            SystemUnderTest.GATEWAY, SystemUnderTest.GATEWAY_MANAGEMENT);

    private static GatewaySession admin;

    @BeforeAll
    static void signIn() {
        admin = GatewaySession.login("admin");
    }

    @Test
    void everyServiceAnswersItsManagementEndpointsOnItsManagementPort() {
        for (String management : SERVICES.values()) {
            for (String path : MANAGEMENT_PATHS) {
                Response response = given().redirects().follow(false).get(management + path);
                assertEquals(200, response.statusCode(), management + path + ": " + response.asString());
            }
            String ready = given().get(management + "/q/health/ready").asString();
            assertTrue(ready.matches("(?s)\\{\\s*\"status\"\\s*:\\s*\"UP\".*"), management + " reports UP: " + ready);
        }
    }

    @Test
    void theServicesApplicationPortsServeNoManagementEndpoint() {
        String token = Tokens.of("admin");
        for (String service : List.of(SystemUnderTest.ARTICLE, SystemUnderTest.REVIEW)) {
            for (String path : MANAGEMENT_PATHS) {
                assertEquals(404, given().redirects().follow(false).get(service + path).statusCode(),
                        "anonymous " + service + path);
                assertEquals(404, given().auth().oauth2(token).redirects().follow(false).get(service + path).statusCode(),
                        "admin token " + service + path);
            }
        }
    }

    @Test
    void theGatewayNeitherServesNorRoutesManagementEndpoints() {
        for (String path : MANAGEMENT_PATHS) {
            HttpResponse<String> response = admin.call("GET", path, null, false);
            assertEquals(404, response.statusCode(), "signed-in admin at the gateway " + path + ": " + response.body());
            int anonymous = given().redirects().follow(false).get(SystemUnderTest.GATEWAY + path).statusCode();
            assertFalse(anonymous == 200, "anonymous at the gateway " + path + " answered 200");
        }
        // The gateway routes /api/articles/** and /api/reviews/** to the services: no spelling of a path under those
        // prefixes reaches a service's /q.
        for (String prefix : List.of("/api/articles", "/api/reviews")) {
            for (String path : List.of("/../../q/health", "/..%2F..%2Fq%2Fhealth", "/%2e%2e/%2e%2e/q/health",
                    "/../q/health", "/q/health", "/q/openapi", "/q/metrics")) {
                HttpResponse<String> response = admin.call("GET", prefix + path, null, false);
                assertFalse(response.statusCode() == 200, "gateway " + prefix + path + " answered 200: " + response.body());
                assertFalse(response.body().contains("\"checks\"") || response.body().contains("openapi:")
                        || response.body().contains("jvm_memory"), "gateway " + prefix + path + " leaked: " + response.body());
            }
        }
    }
}
