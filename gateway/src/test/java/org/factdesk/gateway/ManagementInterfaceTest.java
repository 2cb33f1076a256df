package org.factdesk.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health, metrics and OpenAPI answer on the management port only: the application port, which the Ingress
 * exposes, serves none of them, not even to a signed-in user.
 */
@QuarkusTest
@WithTestResource(TestBackend.class)
class ManagementInterfaceTest {

    static final List<String> MANAGEMENT_PATHS = List.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics", "/q/openapi");

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL application;

    @Test
    void managementEndpointsAnswerOnTheManagementPortWithoutALogin() {
        assertNotEquals(application.getPort(), management.getPort(), "the management interface has a port of its own");
        for (String path : MANAGEMENT_PATHS) {
            assertEquals(200, given().baseUri(base(management)).redirects().follow(false).get(path).statusCode(),
                    "management port " + path);
        }
        given().baseUri(base(management)).get("/q/metrics").then().body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theApplicationPortServesNoManagementEndpoint() {
        BrowserSession editor = BrowserSession.signIn("editor");
        for (String path : MANAGEMENT_PATHS) {
            editor.request().accept("application/json").get(path).then()
                    .statusCode(404)
                    .body(not(containsString("\"status\":\"UP\"")));
            // Anonymous callers are sent to the login like for any other path: nothing is public under /q.
            assertNotEquals(200, BrowserSession.anonymous().request().get(path).statusCode(), "anonymous " + path);
        }
        editor.request().get("/q/swagger-ui").then().statusCode(404);
    }

    private static String base(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
    }
}
