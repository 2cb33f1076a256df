package org.factdesk.article;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.factdesk.article.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health, metrics, OpenAPI and Swagger UI answer on the management port only: the application port, the one the
 * gateway calls, serves none of them, to anyone.
 */
@QuarkusTest
class ManagementInterfaceTest {

    static final List<String> MANAGEMENT_PATHS = List.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics", "/q/openapi", "/q/swagger-ui");

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL application;

    @Test
    void managementEndpointsAnswerOnTheManagementPortWithoutAToken() {
        assertNotEquals(application.getPort(), management.getPort(), "the management interface has a port of its own");
        // Ready once the check-worthiness model has loaded (a readiness check of its own).
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertEquals(200, given().baseUri(base(management)).get("/q/health/ready").statusCode()));
        for (String path : MANAGEMENT_PATHS) {
            assertEquals(200, given().baseUri(base(management)).get(path).statusCode(), "management port " + path);
        }
        given().baseUri(base(management)).get("/q/metrics").then().body(containsString("jvm_memory_used_bytes"));
        given().baseUri(base(management)).queryParam("format", "json").get("/q/openapi").then()
                .body(containsString("\"/api/articles\""));
    }

    @Test
    void theApplicationPortServesNoManagementEndpoint() {
        String admin = Tokens.of("admin");
        for (String path : MANAGEMENT_PATHS) {
            assertEquals(404, given().get(path).statusCode(), "anonymous, application port " + path);
            assertEquals(404, given().auth().oauth2(admin).get(path).statusCode(), "admin, application port " + path);
        }
    }

    private static String base(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
    }
}
