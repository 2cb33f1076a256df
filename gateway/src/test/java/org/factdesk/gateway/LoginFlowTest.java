package org.factdesk.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(TestBackend.class)
class LoginFlowTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self' http://localhost:8180";

    @Test
    void anonymousPageRequestIsRedirectedToKeycloakLoginWithPkce() {
        BrowserSession.anonymous().request().get("/articles/42").then()
                .statusCode(302)
                .header("Location", startsWith(BrowserSession.KEYCLOAK_REALM_URL + "/protocol/openid-connect/auth?"))
                .header("Location", containsString("code_challenge_method=S256"))
                .header("Location", containsString("client_id=factdesk-gateway"))
                .header("Content-Security-Policy", CSP);
    }

    @Test
    void anonymousApiCallGets401ProblemInsteadOfRedirect() {
        for (String path : new String[] { "/api/me", "/api/articles", "/api/reviews/queue", "/api/live" }) {
            BrowserSession.anonymous().request().accept("application/json").get(path).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:factdesk:problem:unauthorized"))
                    .body("status", equalTo(401))
                    .body("instance", equalTo(path))
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void apiCallWithAnUnusableSessionGets401SoTheUiLogsInAgain() {
        BrowserSession.anonymous().request().cookie("q_session", "not-a-session").get("/api/me").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    // On the management port, relative to its root path (/q).
    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @TestHTTPResource(value = "openapi", management = true)
    URL openApi;

    @Test
    void healthProbesArePublicOnTheManagementPort() {
        given().get(live).then().statusCode(200);
    }

    @Test
    void signedInEditorLearnsWhoTheyAreAndGetsACsrfToken() {
        BrowserSession editor = BrowserSession.signIn("editor");
        editor.request().get("/api/me").then()
                .statusCode(200)
                .contentType("application/json")
                .body("username", equalTo("editor"))
                .body("email", equalTo("editor@factdesk.example"))
                .body("name", not(emptyOrNullString()))
                .body("roles", containsInAnyOrder("editor"))
                .body("csrfToken", not(emptyOrNullString()))
                .header("Content-Security-Policy", CSP)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff");
        BrowserSession.signIn("reviewer").request().get("/api/me").then()
                .body("roles", containsInAnyOrder("reviewer"));
    }

    @Test
    void openApiDescribesTheGatewaysOwnRoutes() {
        given().accept("application/json").get(openApi).then()
                .statusCode(200)
                .body("paths.'/api/me'.get.summary", not(emptyOrNullString()))
                .body("paths.'/api/live'.get.summary", not(emptyOrNullString()))
                .body("paths.'/logout'.post.summary", not(emptyOrNullString()));
    }

    @Test
    void sessionCookiesAreHttpOnlyLaxAndCarryNoReadableToken() {
        BrowserSession admin = BrowserSession.signIn("admin");
        assertFalse(admin.sessionCookies().isEmpty());
        for (Cookie cookie : admin.sessionCookies().values()) {
            assertTrue(cookie.isHttpOnly(), cookie.getName() + " is HttpOnly");
            assertEquals("lax", cookie.getSameSite().toLowerCase(), cookie.getName() + " is SameSite=Lax");
            assertFalse(cookie.isSecured(), cookie.getName() + " is not Secure on plain HTTP");
            // An encrypted JWT (JWE) has five parts; a readable JWT would have three.
            assertEquals(5, cookie.getValue().split("\\.", -1).length, cookie.getName() + " holds an encrypted token");
        }
    }

    @Test
    void csrfTokenIsBoundToTheSession() {
        String first = BrowserSession.signIn("editor").request().get("/api/me").path("csrfToken");
        String second = BrowserSession.signIn("editor").request().get("/api/me").path("csrfToken");
        assertNotEquals(first, second, "a new login (a new Keycloak session) gets a new token");
    }

    @Test
    void logoutEndsTheGatewayAndTheKeycloakSession() {
        BrowserSession editor = BrowserSession.signIn("editor2");
        Response logout = editor.signOut();
        assertEquals(303, logout.statusCode());
        String endSession = logout.header("Location");
        assertTrue(endSession.startsWith(BrowserSession.KEYCLOAK_REALM_URL + "/protocol/openid-connect/logout?"),
                "RP-initiated logout at Keycloak: " + endSession);
        assertTrue(endSession.contains("post_logout_redirect_uri="
                + URLEncoder.encode("http://" + BrowserSession.PUBLIC_AUTHORITY + "/", StandardCharsets.UTF_8)),
                "back to the gateway's start page: " + endSession);
        assertFalse(editor.gatewayCookies().containsKey("q_session"), "the gateway session cookie is removed");

        Response back = editor.keycloak(given(), "GET", endSession);
        assertEquals(302, back.statusCode(), "Keycloak ends its session and sends the browser back");
        String backPath = BrowserSession.pathOf(back.header("Location"));
        assertTrue(backPath.startsWith("/"), backPath);

        editor.request().get("/api/me").then().statusCode(401);
        // Keycloak's SSO cookie no longer signs the user in silently: the login form is shown again.
        Response challenge = editor.keep(editor.request().get("/"));
        Response keycloak = editor.keycloak(given(), "GET", challenge.header("Location"));
        assertEquals(200, keycloak.statusCode());
        BrowserSession.loginFormAction(keycloak.body().asString());
    }

    /** A link, an image or a form on another site cannot sign anyone out: only the session's own token can. */
    @Test
    void logoutWithoutTheSessionsCsrfTokenIsRefusedAndTheSessionLives() {
        BrowserSession editor = BrowserSession.signIn("editor2");
        String otherSessionsToken = BrowserSession.signIn("editor2").csrfToken();

        editor.request().get("/logout").then().statusCode(405).header("Allow", "POST")
                .contentType("application/problem+json").body("detail", containsString("POST /logout"))
                .body("type", equalTo("urn:factdesk:problem:malformed-request"));
        editor.request().contentType("application/x-www-form-urlencoded").post("/logout").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("CSRF"))
                .body("type", equalTo("urn:factdesk:problem:forbidden"));
        editor.request().contentType("application/x-www-form-urlencoded").formParam("csrf", otherSessionsToken)
                .post("/logout").then().statusCode(403);

        editor.request().get("/api/me").then().statusCode(200).body("username", equalTo("editor2"));
    }
}
