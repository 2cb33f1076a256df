package org.factdesk.gateway;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(TestBackend.class)
class ServiceProxyTest {

    static BrowserSession editor;
    static String csrfToken;
    static Vertx vertx;

    /** Once per class; in @BeforeEach because RestAssured only knows the test port once Quarkus runs. */
    @BeforeEach
    void signIn() {
        if (editor == null) {
            editor = BrowserSession.signIn("editor");
            csrfToken = editor.request().get("/api/me").path("csrfToken");
            vertx = Vertx.vertx();
        }
    }

    @AfterAll
    static void closeClient() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    @Test
    void getReachesTheServiceWithTheUsersAccessTokenAndWithoutCookies() {
        editor.request().get("/api/articles/7f9c?status=DRAFT&page=2").then()
                .statusCode(200)
                .contentType("application/json")
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/articles/7f9c?status=DRAFT&page=2"))
                .body("authorization", startsWith("Bearer eyJ"))
                .body("cookie", nullValue())
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff");
        editor.request().get("/api/articles").then().statusCode(200).body("uri", equalTo("/api/articles"));
    }

    @Test
    void serviceSeesTheGatewaysAccountOfTheRequestNotTheBrowsersForwardingHeaders() {
        editor.request()
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "for=203.0.113.9;proto=https;host=evil.example")
                .header("X-Real-IP", "203.0.113.9")
                .header("Host", "evil.example")
                .get("/api/articles/forwarding").then()
                .statusCode(200)
                .body("host", equalTo("localhost:" + backendPort()))
                .body("forwarded", nullValue())
                .body("xRealIp", nullValue())
                .body("xForwardedFor", equalTo("127.0.0.1"))
                .body("xForwardedProto", equalTo("http"));
    }

    @Test
    void relayedTokenIsTheSignedInUsersKeycloakAccessToken() {
        String authorization = editor.request().get("/api/articles/mine").path("authorization");
        String payload = new String(Base64.getUrlDecoder().decode(authorization.split("\\.")[1]));
        JsonObject claims = new JsonObject(payload);
        assertEquals("editor", claims.getString("preferred_username"));
        assertEquals(BrowserSession.KEYCLOAK_REALM_URL, claims.getString("iss"));
        assertTrue(claims.getValue("aud").toString().contains("article-service"),
                "the token is meant for the services: " + claims.getValue("aud"));
    }

    @Test
    void stateChangingCallWithoutCsrfTokenIsRefused() {
        for (String method : new String[] { "POST", "PUT", "PATCH", "DELETE" }) {
            editor.request().contentType("application/json").body("{}").request(method, "/api/articles/1").then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:factdesk:problem:forbidden"))
                    .body("detail", equalTo("missing or invalid CSRF token"));
        }
        editor.request().header("X-CSRF-Token", "forged").contentType("application/json").body("{}")
                .post("/api/articles").then().statusCode(403);
        // The gateway's own resources are guarded too, not only the proxied ones.
        editor.request().post("/api/me").then().statusCode(403);
    }

    @Test
    void stateChangingCallWithCsrfTokenPassesBodyAndStatusThrough() {
        editor.request().header("X-CSRF-Token", csrfToken).contentType("application/json")
                .body("{\"title\":\"Budget 2027\"}")
                .post("/api/articles?dryRun=true").then()
                .statusCode(201)
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/articles?dryRun=true"))
                .body("body", equalTo("{\"title\":\"Budget 2027\"}"))
                .body("contentType", startsWith("application/json"))
                .body("csrfHeader", nullValue())
                .body("authorization", startsWith("Bearer "));
    }

    @Test
    void csrfTokenOfAnotherSessionIsRefused() {
        BrowserSession other = BrowserSession.signIn("editor2");
        other.request().header("X-CSRF-Token", csrfToken).contentType("application/json").body("{}")
                .post("/api/articles").then().statusCode(403);
    }

    @Test
    void serviceStatusAndMediaTypesPassThroughUnchanged() {
        editor.request().get("/api/articles/problem").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:factdesk:problem:conflict"))
                .body("detail", equalTo("stale version"));
        editor.request().get("/api/articles/claim-review").then()
                .statusCode(200)
                .contentType("application/ld+json")
                .body("'@type'", equalTo("ClaimReview"));
    }

    @Test
    void responseBodyIsStreamedNotBuffered() throws Exception {
        Buffer received = Buffer.buffer();
        HttpClientResponse response = vertx.createHttpClient()
                .request(new RequestOptions().setMethod(HttpMethod.GET).setHost("localhost").setPort(RestAssured.port)
                        .setURI("/api/articles/stream").putHeader("Cookie", editor.cookieHeader()))
                .compose(request -> request.send())
                .map(streaming -> streaming.handler(chunk -> {
                    synchronized (received) {
                        received.appendBuffer(chunk);
                    }
                }))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        var ended = response.end().toCompletionStage().toCompletableFuture();
        assertEquals(200, response.statusCode());
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            synchronized (received) {
                return received.toString().equals("first part\n");
            }
        });
        editor.request().get("/api/articles/stream/release").then().statusCode(204);
        ended.get(5, TimeUnit.SECONDS);
        assertEquals("first part\nsecond part\n", received.toString());
    }

    @Test
    void aServiceThatIsNotRunningGives503ProblemWithRetryAfter() {
        editor.request().get("/api/reviews/queue").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:factdesk:problem:unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("review-service is unavailable (not running or restarting); nothing was sent"))
                .body("instance", equalTo("/api/reviews/queue"));
    }

    /** A service killed with the request in its hands: a passing outage too, but the request may have been applied. */
    @Test
    void aServiceThatDiesBeforeAnsweringGives503ProblemThatSaysTheRequestMayHaveBeenApplied() {
        editor.request().get("/api/articles/crash").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json")
                .body("detail", containsString("article-service went away before it answered"))
                .body("detail", containsString("may have been applied"));
    }

    @Test
    void serviceTooSlowGives504Problem() {
        editor.request().get("/api/articles/slow").then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:factdesk:problem:unavailable"))
                .body("detail", equalTo("article-service did not answer in time"));
    }

    @Test
    void pathsOnlyLookingLikeAServicePrefixAreNotProxied() {
        editor.request().get("/api/articlesX").then().statusCode(404);
    }

    /** Where the test's article-service listens (its URL as the gateway is configured). */
    private static int backendPort() {
        return java.net.URI.create(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("factdesk.gateway.article-service.url", String.class)).getPort();
    }
}
