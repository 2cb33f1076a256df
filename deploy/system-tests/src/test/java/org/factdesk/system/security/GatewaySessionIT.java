package org.factdesk.system.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.factdesk.system.support.Database;
import org.factdesk.system.support.GatewaySession;
import org.factdesk.system.support.Problems;
import org.factdesk.system.support.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/** The browser's session belongs to the gateway alone, and state changes through it need the CSRF token. */
class GatewaySessionIT {

    private static GatewaySession editor;

    @BeforeAll
    static void signIn() {
        editor = GatewaySession.login("editor");
    }

    @Test
    void theServicesRefuseTheGatewaysSessionCookie() {
        String cookies = editor.gatewayCookieHeader();
        assertFalse(cookies.isBlank(), "the gateway set no session cookie");
        // The cookie is good at the gateway...
        assertEquals(200, editor.call("GET", "/api/me", null, false).statusCode());
        // ...and worthless at the services, which take bearer tokens only.
        for (String service : new String[] { SystemUnderTest.ARTICLE + "/api/articles",
                SystemUnderTest.REVIEW + "/api/reviews" }) {
            Response response = given().header("Cookie", cookies).redirects().follow(false).get(service);
            assertEquals(401, response.statusCode(), service + " with the gateway's session cookie: " + response.asString());
        }
    }

    /** Stored HTML and scripts are text to the UI; should one ever reach the DOM as markup, the policy keeps it inert. */
    @Test
    void theGatewaysContentSecurityPolicyKeepsStoredScriptsInert() {
        for (String path : new String[] { "/", "/api/me" }) {
            HttpResponse<String> response = editor.call("GET", path, null, false);
            assertEquals(200, response.statusCode(), path);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                    policy.contains("script-src 'self'") && !policy.contains("unsafe-inline")
                            && !policy.contains("unsafe-eval"),
                    path + ": Content-Security-Policy " + policy);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void aStateChangingCallWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String title = "CSRF probe " + UUID.randomUUID();
        String article = "{\"title\":\"" + title + "\",\"body\":\"The city spent 12 million euros on roads in 2023.\"}";

        HttpResponse<String> missing = editor.call("POST", "/api/articles", article, false);
        Problems.assertProblem("POST without X-CSRF-Token", 403, missing.statusCode(),
                missing.headers().firstValue("Content-Type").orElse(null), missing.body());

        GatewaySession otherSession = GatewaySession.login("editor2");
        HttpResponse<String> withOthersToken = editor.callWithCsrf("POST", "/api/articles", article, otherSession.csrfToken());
        Problems.assertProblem("POST with another session's CSRF token", 403, withOthersToken.statusCode(),
                withOthersToken.headers().firstValue("Content-Type").orElse(null), withOthersToken.body());

        assertEquals(0, Database.ARTICLE.number("select count(*) from article where title = ?", title),
                "a refused call must not have stored the article");

        // The same call with the session's token goes through: the token is what decided.
        HttpResponse<String> allowed = editor.call("POST", "/api/articles", article, true);
        assertEquals(201, allowed.statusCode(), allowed.body());
        assertEquals(1, Database.ARTICLE.number("select count(*) from article where title = ?", title));
    }
}
