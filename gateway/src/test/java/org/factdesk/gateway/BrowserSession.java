package org.factdesk.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What a browser does, without a browser: keeps the gateway's and Keycloak's cookies apart and walks the real
 * authorization code flow (gateway redirect, Keycloak login form, callback). Requests carry the Host the
 * realm's redirect URIs allow (the gateway's public address), while going to the test's random port.
 */
public final class BrowserSession {

    /** The public address the realm accepts in redirect URIs of the factdesk-gateway client. */
    public static final String PUBLIC_AUTHORITY = "localhost:8080";
    public static final String KEYCLOAK_REALM_URL = "http://localhost:8180/realms/factdesk";

    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final Map<String, String> gatewayCookies = new LinkedHashMap<>();
    private final Map<String, String> keycloakCookies = new LinkedHashMap<>();
    private final Map<String, Cookie> sessionCookies = new LinkedHashMap<>();

    public static BrowserSession anonymous() {
        return new BrowserSession();
    }

    /** Signs in one of the realm's demo users (password = username). */
    public static BrowserSession signIn(String username) {
        BrowserSession session = new BrowserSession();
        session.logIn(username);
        return session;
    }

    /** A request to the gateway with this browser's cookies; redirects are not followed. */
    public RequestSpecification request() {
        return given().header("Host", PUBLIC_AUTHORITY).cookies(gatewayCookies).redirects().follow(false);
    }

    /** Sends a gateway request and keeps the cookies it sets, as a browser would. */
    public Response keep(Response response) {
        remember(response, gatewayCookies);
        response.detailedCookies().asList().stream().filter(c -> c.getName().startsWith("q_session"))
                .forEach(c -> sessionCookies.put(c.getName(), c));
        return response;
    }

    /** The session's CSRF token, as the UI reads it from /api/me. */
    public String csrfToken() {
        return request().get("/api/me").then().statusCode(200).extract().path("csrfToken");
    }

    /** Presses "Sign out": the form POST to /logout with the session's CSRF token; the gateway's answer is kept. */
    public Response signOut() {
        return keep(request().contentType("application/x-www-form-urlencoded").formParam("csrf", csrfToken())
                .post("/logout"));
    }

    public Response keycloak(RequestSpecification spec, String method, String url) {
        Response response = spec.cookies(keycloakCookies).redirects().follow(false).urlEncodingEnabled(false)
                .request(method, url);
        remember(response, keycloakCookies);
        return response;
    }

    /** The gateway cookies as a Cookie header value, for clients other than RestAssured. */
    public String cookieHeader() {
        return gatewayCookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The session cookies as the gateway last set them, with their attributes. */
    public Map<String, Cookie> sessionCookies() {
        return sessionCookies;
    }

    public Map<String, String> gatewayCookies() {
        return gatewayCookies;
    }

    /** The request path and query of an absolute gateway URL (the Location of a redirect back to us). */
    public static String pathOf(String gatewayUrl) {
        URI uri = URI.create(gatewayUrl);
        assertEquals(PUBLIC_AUTHORITY, uri.getRawAuthority(), "redirect back to the gateway's public address");
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private void logIn(String username) {
        Response challenge = keep(request().get("/"));
        assertEquals(302, challenge.statusCode(), "an anonymous page request is sent to the login");
        Response loginPage = keycloak(given(), "GET", challenge.header("Location"));
        assertEquals(200, loginPage.statusCode(), "Keycloak shows its login page");
        Response afterLogin = keycloak(given().contentType("application/x-www-form-urlencoded")
                .formParam("username", username).formParam("password", username).formParam("credentialId", ""),
                "POST", loginFormAction(loginPage.body().asString()));
        assertEquals(302, afterLogin.statusCode(), () -> "Keycloak refused " + username + " (realm brute-force "
                + "protection locks a user for a while after other runs' failed logins): " + pageText(afterLogin));
        Response callback = keep(request().urlEncodingEnabled(false).get(pathOf(afterLogin.header("Location"))));
        assertEquals(302, callback.statusCode(), "the gateway completes the code flow and drops the code from the URL");
        assertTrue(gatewayCookies.containsKey("q_session"), "the gateway set its session cookie");
    }

    static String loginFormAction(String html) {
        Matcher form = FORM.matcher(html);
        assertTrue(form.find(), "the page has Keycloak's login form");
        Matcher action = ACTION.matcher(form.group());
        assertTrue(action.find(), "the login form has an action");
        return action.group(1).replace("&amp;", "&");
    }

    /** The visible text of a Keycloak page, to say why it did not let the user in. */
    private static String pageText(Response page) {
        String html = page.body().asString();
        String body = html.contains("<body") ? html.substring(html.indexOf("<body")) : html;
        String text = body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    private static void remember(Response response, Map<String, String> jar) {
        for (Cookie cookie : response.detailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                jar.remove(cookie.getName());
            } else {
                jar.put(cookie.getName(), cookie.getValue());
            }
        }
    }
}
