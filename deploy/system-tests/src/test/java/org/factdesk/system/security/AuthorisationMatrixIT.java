package org.factdesk.system.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.factdesk.system.support.GatewaySession;
import org.factdesk.system.support.SystemUnderTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint of every service and of the gateway, times every kind of caller, against the real Keycloak. The
 * table is the specification: a new endpoint without a row fails {@link #theTableNamesEveryEndpointOfTheLiveApis}.
 *
 * <p>
 * "pass" means the call got past authentication and authorisation: not 401/403, and never a 5xx. The calls use
 * ids that exist nowhere and empty bodies, so passing calls end in 404 or 400 and change nothing.
 */
class AuthorisationMatrixIT {

    static final Map<Endpoint, Access> ARTICLE_SERVICE = table(
            row("POST", "/api/articles", Access.roles("editor", "admin")),
            row("GET", "/api/articles", Access.signedIn()),
            row("GET", "/api/articles/{id}", Access.signedIn()),
            row("PUT", "/api/articles/{id}", Access.roles("editor", "admin")),
            row("GET", "/api/articles/claims", Access.signedIn()),
            row("POST", "/api/articles/{id}/claims", Access.roles("editor", "admin")),
            row("PATCH", "/api/articles/{id}/claims/{claimId}", Access.roles("editor", "admin")),
            row("POST", "/api/articles/{id}/claims/{claimId}/dismiss", Access.roles("editor", "admin")),
            row("POST", "/api/articles/{id}/claims/{claimId}/withdraw", Access.roles("editor", "admin")),
            row("GET", "/api/articles/{id}/claims/{claimId}/matches", Access.signedIn()),
            row("POST", "/api/articles/{id}/queue", Access.roles("editor", "admin")),
            // Other organisations' ClaimReviews: editors and admins import them, everyone at the desk reads them.
            row("POST", "/api/articles/imports/claim-reviews", Access.roles("editor", "admin")),
            row("GET", "/api/articles/imports/claim-reviews", Access.signedIn()));

    static final Map<Endpoint, Access> REVIEW_SERVICE = table(
            row("GET", "/api/reviews", Access.signedIn()),
            row("GET", "/api/reviews/stats", Access.signedIn()),
            row("GET", "/api/reviews/{id}", Access.signedIn()),
            row("GET", "/api/reviews/by-claim/{claimId}", Access.signedIn()),
            row("POST", "/api/reviews/{id}/take", Access.signedIn()),
            row("GET", "/api/reviews/reviewers", Access.roles("editor", "admin")),
            // Saved views of the queue: everyone's own (another user's id answers 404).
            row("GET", "/api/reviews/saved-filters", Access.signedIn()),
            row("POST", "/api/reviews/saved-filters", Access.signedIn()),
            row("DELETE", "/api/reviews/saved-filters/{id}", Access.signedIn()),
            // Each person's own inbox and settings (another user's notification id answers 404).
            row("GET", "/api/reviews/notifications", Access.signedIn()),
            row("GET", "/api/reviews/notifications/unread-count", Access.signedIn()),
            row("POST", "/api/reviews/notifications/{id}/read", Access.signedIn()),
            row("POST", "/api/reviews/notifications/read-all", Access.signedIn()),
            row("GET", "/api/reviews/me/preferences", Access.signedIn()),
            row("PUT", "/api/reviews/me/preferences", Access.signedIn()),
            // Webhooks say where the desk's data goes: admins only.
            row("GET", "/api/reviews/webhooks", Access.roles("admin")),
            row("POST", "/api/reviews/webhooks", Access.roles("admin")),
            row("GET", "/api/reviews/webhooks/{id}", Access.roles("admin")),
            row("PUT", "/api/reviews/webhooks/{id}", Access.roles("admin")),
            row("DELETE", "/api/reviews/webhooks/{id}", Access.roles("admin")),
            row("POST", "/api/reviews/webhooks/{id}/secret", Access.roles("admin")),
            row("GET", "/api/reviews/webhooks/{id}/deliveries", Access.roles("admin")),
            row("GET", "/api/reviews/webhooks/{id}/deliveries/{deliveryId}", Access.roles("admin")),
            row("POST", "/api/reviews/webhooks/{id}/deliveries/{deliveryId}/replay", Access.roles("admin")),
            row("POST", "/api/reviews/webhooks/{id}/replay", Access.roles("admin")),
            row("POST", "/api/reviews/{id}/assign", Access.roles("editor", "admin")),
            row("POST", "/api/reviews/{id}/notes", Access.signedIn()),
            row("POST", "/api/reviews/{id}/sources", Access.signedIn()),
            row("POST", "/api/reviews/{id}/submit", Access.signedIn()),
            row("POST", "/api/reviews/{id}/approve", Access.roles("editor", "admin")),
            row("POST", "/api/reviews/{id}/request-changes", Access.roles("editor", "admin")),
            row("POST", "/api/reviews/{id}/corrections", Access.roles("editor", "admin")),
            row("POST", "/api/reviews/{id}/corrections/{proposalId}/approve", Access.roles("editor", "admin")),
            row("POST", "/api/reviews/{id}/corrections/{proposalId}/reject", Access.roles("editor", "admin")),
            row("GET", "/api/reviews/{id}/audit", Access.signedIn()),
            row("GET", "/api/reviews/{id}/notes", Access.signedIn()),
            row("GET", "/api/reviews/{id}/sources", Access.signedIn()),
            // CSV exports hold unpublished work and every reviewer's load: editors and admins only.
            row("GET", "/api/reviews/export/queue.csv", Access.roles("editor", "admin")),
            row("GET", "/api/reviews/export/verdicts.csv", Access.roles("editor", "admin")),
            row("GET", "/api/reviews/export/stats.csv", Access.roles("editor", "admin")),
            // The published ClaimReview is public like the verdict itself (it is the event's reviewUrl).
            row("GET", "/api/reviews/{id}/claim-review", Access.publicAccess()),
            // The public read model behind the gateway's fact-check site: the gateway's service account only.
            row("GET", "/api/public/fact-checks", Access.serviceAccount("public-site")),
            row("GET", "/api/public/fact-checks/index", Access.serviceAccount("public-site")),
            row("GET", "/api/public/fact-checks/{slug}", Access.serviceAccount("public-site")));

    /** The gateway's own API; everything under /api/articles and /api/reviews is the services' API proxied. */
    static final Map<Endpoint, Access> GATEWAY = table(
            row("GET", "/api/me", Access.signedIn()),
            // Server-Sent Events: checked on the status line only (LIVE below).
            row("GET", "/api/live", Access.signedIn()),
            // A page, not an API: the unauthenticated are sent to sign in, the signed-in to Keycloak's sign-out.
            row("POST", "/logout", Access.signedIn()),
            // The public fact-check site: readable by everyone, signed in or not, whatever token comes along.
            row("GET", "/fact-checks", Access.publicAccess()),
            row("GET", "/fact-checks/{slug}", Access.publicAccess()),
            row("GET", "/fact-checks/{slug}/embed", Access.publicAccess()),
            row("GET", "/fact-checks/oembed", Access.publicAccess()),
            row("GET", "/fact-checks/feed.atom", Access.publicAccess()),
            row("GET", "/fact-checks/feed.json", Access.publicAccess()),
            row("GET", "/fact-checks/claim-reviews.jsonld", Access.publicAccess()),
            row("GET", "/fact-checks/site.css", Access.publicAccess()),
            row("GET", "/sitemap.xml", Access.publicAccess()),
            row("GET", "/robots.txt", Access.publicAccess()),
            // The partner API: machines with a partner client's token; its OpenAPI document is public.
            row("GET", "/partner/v1/fact-checks", Access.partnerClients()),
            row("GET", "/partner/v1/fact-checks/{slug}", Access.partnerClients()),
            row("GET", "/partner/v1/openapi", Access.partnerDocument()));

    private static final Endpoint LIVE = Endpoint.of("GET", "/api/live");
    private static final Endpoint LOGOUT = Endpoint.of("POST", "/logout");

    /** One gateway login per demo user, made when first needed. */
    private static final Map<String, GatewaySession> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static GatewaySession session(String user) {
        return SESSIONS.computeIfAbsent(user, GatewaySession::login);
    }

    @Test
    void theTableNamesEveryEndpointOfTheLiveApis() {
        assertSameEndpoints("article-service", ARTICLE_SERVICE.keySet(),
                given().baseUri(SystemUnderTest.ARTICLE_MANAGEMENT).get("/q/openapi?format=json").then().statusCode(200)
                        .extract().asString());
        assertSameEndpoints("review-service", REVIEW_SERVICE.keySet(),
                given().baseUri(SystemUnderTest.REVIEW_MANAGEMENT).get("/q/openapi?format=json").then().statusCode(200)
                        .extract().asString());
        assertSameEndpoints("gateway", GATEWAY.keySet(),
                given().baseUri(SystemUnderTest.GATEWAY_MANAGEMENT).get("/q/openapi?format=json").then().statusCode(200)
                        .extract().asString());
    }

    @TestFactory
    Stream<DynamicTest> servicesAnswerEveryCallerAsTheTableSays() {
        List<DynamicTest> tests = new ArrayList<>();
        addServiceTests(tests, "article-service", SystemUnderTest.ARTICLE, ARTICLE_SERVICE);
        addServiceTests(tests, "review-service", SystemUnderTest.REVIEW, REVIEW_SERVICE);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> gatewayAnswersEveryCallerAsTheTableSays() {
        Map<Endpoint, Access> all = new LinkedHashMap<>(GATEWAY);
        all.putAll(ARTICLE_SERVICE);
        all.putAll(REVIEW_SERVICE);
        List<DynamicTest> tests = new ArrayList<>();
        all.forEach((endpoint, access) -> {
            for (Caller caller : Caller.values()) {
                String name = "gateway " + endpoint + " as " + caller;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    if (endpoint.equals(LIVE)) {
                        checkLive(name, caller);
                    } else if (endpoint.equals(LOGOUT)) {
                        checkLogout(name, caller);
                    } else {
                        checkThroughGateway(name, endpoint, access, caller);
                    }
                }));
            }
        });
        return tests.stream();
    }

    /**
     * Every signed-in role gets the stream; nobody else does. Only the status line is read, so a wrongly opened stream cannot
     * hang the test.
     */
    private static void checkLive(String name, Caller caller) throws Exception {
        if (caller.role().isPresent()) {
            Map.Entry<Integer, String> stream = session(caller.role().get()).openStream(LIVE.path());
            assertEquals(200, stream.getKey(), name);
            assertTrue(stream.getValue().startsWith("text/event-stream"), name + ": content type " + stream.getValue());
            return;
        }
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(SystemUnderTest.GATEWAY + LIVE.path()))
                .timeout(java.time.Duration.ofSeconds(30)).header("Accept", "text/event-stream");
        caller.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<java.io.InputStream> response = java.net.http.HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String body = response.statusCode() == 200 ? "<stream>"
                : new String(response.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        response.body().close();
        assertOutcome(name, Expected.UNAUTHENTICATED, response.statusCode(), body);
    }

    /**
     * Signing out ends a session, so each signed-in caller uses a fresh one and presses "Sign out" (the form POST with
     * the session's CSRF token): it is sent to Keycloak's end-session endpoint. Without a session (bearer tokens do not
     * count) the gateway sends the browser to sign in instead.
     */
    private static void checkLogout(String name, Caller caller) {
        GatewaySession session = caller.role().map(GatewaySession::login).orElse(null);
        Map.Entry<Integer, String> answer;
        int expectedStatus;
        if (session != null) {
            answer = session.signOut();
            expectedStatus = 303;
        } else {
            RequestSpecification request = given().baseUri(SystemUnderTest.GATEWAY).redirects().follow(false)
                    .contentType(ContentType.URLENC).formParam("csrf", "none");
            caller.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            Response response = request.post(LOGOUT.path());
            answer = Map.entry(response.statusCode(), String.valueOf(response.header("Location")));
            expectedStatus = 302;
        }
        assertEquals(expectedStatus, answer.getKey(), name + " -> " + answer);
        String expected = session != null ? "/protocol/openid-connect/logout" : "/protocol/openid-connect/auth";
        assertTrue(answer.getValue().contains(expected),
                name + ": redirected to " + answer.getValue() + ", expected " + expected);
    }

    private static void addServiceTests(List<DynamicTest> tests, String service, String baseUri, Map<Endpoint, Access> table) {
        table.forEach((endpoint, access) -> {
            for (Caller caller : Caller.values()) {
                String name = service + " " + endpoint + " as " + caller;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    RequestSpecification request = given().baseUri(baseUri).redirects().follow(false)
                            .contentType(ContentType.JSON).accept(endpoint.accept());
                    caller.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
                    if (endpoint.changesState()) {
                        request.body("{}");
                    }
                    Response response = request.request(endpoint.method(), endpoint.concretePath());
                    assertOutcome(name, expectedAtService(access, caller), response.statusCode(), response.asString());
                }));
            }
        });
    }

    /**
     * Services take bearer tokens only: good ones by role, every other token is unauthenticated. A public endpoint
     * answers everyone alike; a bad token there gains nothing over no token.
     */
    static Expected expectedAtService(Access access, Caller caller) {
        if (access.isPublic()) {
            return Expected.PASS;
        }
        return switch (caller) {
            case ANONYMOUS -> Expected.UNAUTHENTICATED;
            case EDITOR, REVIEWER, ADMIN ->
                access.roles().contains(caller.role().orElseThrow()) ? Expected.PASS : Expected.FORBIDDEN;
            default -> Expected.UNAUTHENTICATED;
        };
    }

    /**
     * The gateway knows users only by their session: demo users sign in and send the CSRF token; anonymous callers
     * and every bearer token (even a good one) are unauthenticated there, also for the public ClaimReview, which
     * is served by the review-service itself. The partner API is the other way round: only a partner client's
     * token passes, and a session counts for nothing.
     */
    private static void checkThroughGateway(String name, Endpoint endpoint, Access access, Caller caller) {
        String body = endpoint.changesState() ? "{}" : null;
        boolean publicSite = access.isPublic() && GATEWAY.containsKey(endpoint);
        if (caller.role().isPresent()) {
            HttpResponse<String> response = session(caller.role().get()).call(endpoint.method(), endpoint.concretePath(), body,
                    true, endpoint.accept());
            Expected expected = !access.gatewayRouted() ? Expected.NOT_ROUTED
                    : access.partnerApi() ? (access.isPublic() ? Expected.PASS : Expected.UNAUTHENTICATED)
                            : access.roles().contains(caller.role().get()) ? Expected.PASS : Expected.FORBIDDEN;
            assertOutcome(name, expected, response.statusCode(), response.body());
            return;
        }
        RequestSpecification request = given().baseUri(SystemUnderTest.GATEWAY).redirects().follow(false)
                .contentType(ContentType.JSON).accept(endpoint.accept());
        caller.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if (body != null) {
            request.body(body);
        }
        Response response = request.request(endpoint.method(), endpoint.concretePath());
        boolean passes = access.partnerApi()
                ? caller == Caller.PARTNER || (access.isPublic() && caller == Caller.ANONYMOUS)
                : publicSite;
        assertOutcome(name, passes ? Expected.PASS : Expected.UNAUTHENTICATED, response.statusCode(), response.asString());
    }

    /** NOT_ROUTED: the gateway has no route to it, so even a signed-in user gets 404. */
    enum Expected {
        PASS,
        UNAUTHENTICATED,
        FORBIDDEN,
        NOT_ROUTED
    }

    private static void assertOutcome(String name, Expected expected, int status, String body) {
        String detail = name + " -> " + status + " " + org.factdesk.system.support.Problems.abbreviate(body);
        assertTrue(status < 500, "server error: " + detail);
        switch (expected) {
            case PASS -> assertTrue(status != 401 && status != 403, "expected to pass authorisation: " + detail);
            case UNAUTHENTICATED -> assertEquals(401, status, "expected 401: " + detail);
            case FORBIDDEN -> assertEquals(403, status, "expected 403: " + detail);
            case NOT_ROUTED -> assertEquals(404, status, "expected 404, not routed by the gateway: " + detail);
        }
    }

    private static void assertSameEndpoints(String service, Set<Endpoint> table, String openApi) {
        Set<String> live = new TreeSet<>();
        OpenApiEndpoints.parse(openApi).forEach(endpoint -> live.add(endpoint.toString()));
        Set<String> rows = new TreeSet<>();
        table.forEach(endpoint -> rows.add(endpoint.toString()));
        Set<String> withoutRow = new TreeSet<>(live);
        withoutRow.removeAll(rows);
        Set<String> withoutEndpoint = new TreeSet<>(rows);
        withoutEndpoint.removeAll(live);
        assertTrue(withoutRow.isEmpty() && withoutEndpoint.isEmpty(), service + ": endpoints without a row in the "
                + "authorisation table " + withoutRow + "; rows without a live endpoint " + withoutEndpoint);
    }

    private static Map.Entry<Endpoint, Access> row(String method, String path, Access access) {
        return Map.entry(Endpoint.of(method, path), access);
    }

    @SafeVarargs
    private static Map<Endpoint, Access> table(Map.Entry<Endpoint, Access>... rows) {
        Map<Endpoint, Access> table = new LinkedHashMap<>();
        for (Map.Entry<Endpoint, Access> row : rows) {
            table.put(row.getKey(), row.getValue());
        }
        return table;
    }
}
