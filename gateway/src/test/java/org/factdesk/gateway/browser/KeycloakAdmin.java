package org.factdesk.gateway.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.Cookie;

import io.vertx.core.json.JsonObject;

/**
 * The one call of Keycloak's admin REST API the browser tests need: ending a single login session, as an admin of the
 * realm (or its idle timeout) does. Only the session of the test's own browser ends; other tests signed in as the same
 * demo user keep theirs.
 */
final class KeycloakAdmin {

    private static final String KEYCLOAK = System.getProperty("factdesk.keycloak.url", "http://localhost:8180")
            .replaceAll("/$", "");
    private static final String REALM = "factdesk";
    private static final String ADMIN = System.getProperty("factdesk.keycloak.admin", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("factdesk.keycloak.admin-password", "admin");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakAdmin() {
    }

    /** Ends the Keycloak session the browser profile is signed in with; its SSO cookie no longer signs anyone in. */
    static void endSessionOf(BrowserContext browser) {
        String sessionId = sessionIdOf(browser);
        HttpResponse<String> ended = send(HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/admin/realms/" + REALM + "/sessions/" + sessionId))
                .header("Authorization", "Bearer " + adminToken()).DELETE());
        assertEquals(204, ended.statusCode(), "Keycloak ends session " + sessionId + ": " + ended.body());
    }

    /**
     * The session id ({@code sid}) in the payload of Keycloak's KEYCLOAK_IDENTITY cookie, the SSO cookie of the
     * realm. Its signature is Keycloak's business; only the claim is read.
     */
    private static String sessionIdOf(BrowserContext browser) {
        Cookie identity = browser.cookies(KEYCLOAK + "/realms/" + REALM + "/").stream()
                .filter(cookie -> cookie.name.equals("KEYCLOAK_IDENTITY"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the browser holds no KEYCLOAK_IDENTITY cookie"));
        String payload = identity.value.split("\\.")[1];
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        return claims.getString("sid");
    }

    private static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(ADMIN) + "&password="
                + encode(ADMIN_PASSWORD);
        HttpResponse<String> token = send(HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, token.statusCode(), "admin token from the master realm: " + token.body());
        return new JsonObject(token.body()).getString("access_token");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Keycloak admin API: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
