package org.factdesk.system.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser's session with the gateway, without a browser: follows the real login (gateway -> Keycloak login
 * form -> back to the gateway with the code) with a cookie jar, then reads the CSRF token from /api/me.
 */
public final class GatewaySession {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private final CookieManager cookies = new LocalhostCookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String user;
    private String csrfToken;

    private GatewaySession(String user) {
        this.user = user;
    }

    /** Signs a demo user (password = user name) in through the gateway's Keycloak login. */
    public static GatewaySession login(String user) {
        GatewaySession session = new GatewaySession(user);
        session.signIn();
        return session;
    }

    public String user() {
        return user;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** The cookies the gateway set (its encrypted session), as a Cookie header value. */
    public String gatewayCookieHeader() {
        URI gateway = URI.create(SystemUnderTest.GATEWAY);
        return cookies.getCookieStore().get(gateway).stream()
                .filter(cookie -> cookie.getName().startsWith("q_"))
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
    }

    /** A call through the gateway with the session cookie and, when asked, the CSRF header. */
    public HttpResponse<String> call(String method, String path, String jsonBody, boolean withCsrf) {
        return callWithCsrf(method, path, jsonBody, withCsrf ? csrfToken : null);
    }

    /** {@link #call(String, String, String, boolean)} asking for {@code accept} instead of JSON. */
    public HttpResponse<String> call(String method, String path, String jsonBody, boolean withCsrf, String accept) {
        return callWithCsrf(method, path, jsonBody, withCsrf ? csrfToken : null, accept);
    }

    /** A call through the gateway with the session cookie and the given X-CSRF-Token (none when null). */
    public HttpResponse<String> callWithCsrf(String method, String path, String jsonBody, String csrfHeader) {
        return callWithCsrf(method, path, jsonBody, csrfHeader, "application/json");
    }

    private HttpResponse<String> callWithCsrf(String method, String path, String jsonBody, String csrfHeader,
            String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemUnderTest.GATEWAY + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrfHeader != null) {
            request.header("X-CSRF-Token", csrfHeader);
        }
        request.method(method,
                jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        return send(request.build());
    }

    /** A page navigation that does not follow the redirect it gets: status and Location. */
    public Map.Entry<Integer, String> navigateWithoutFollowing(String path) {
        HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = noRedirects.send(HttpRequest.newBuilder(URI.create(SystemUnderTest.GATEWAY + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return Map.entry(response.statusCode(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Presses "Sign out": the form POST to /logout with the session's CSRF token, not followed: status and Location. */
    public Map.Entry<Integer, String> signOut() {
        HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = noRedirects.send(
                    HttpRequest.newBuilder(URI.create(SystemUnderTest.GATEWAY + "/logout"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("csrf", csrfToken)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Map.entry(response.statusCode(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("POST /logout failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the live stream and hands over its body, which the caller reads as long as it likes and closes; a refused
     * stream comes back with its status and a body to read as well.
     */
    public HttpResponse<java.io.InputStream> liveStream() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SystemUnderTest.GATEWAY + "/api/live"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/event-stream").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Opens a streaming response (Server-Sent Events), returns its status and content type, and closes it. */
    public Map.Entry<Integer, String> openStream(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SystemUnderTest.GATEWAY + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return Map.entry(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void signIn() {
        // A page navigation (not /api/): the gateway answers with the OIDC redirect, which we follow to the form.
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(SystemUnderTest.GATEWAY + "/")).GET().build());
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IllegalStateException(
                    "no Keycloak login form at " + loginPage.uri() + " (status " + loginPage.statusCode() + ")");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("login form without action at " + loginPage.uri());
        }
        String target = action.group(1).replace("&amp;", "&");
        String credentials = form(Map.of("username", user, "password", user, "credentialId", ""));
        HttpResponse<String> landed = send(HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))
                .build());
        if (!landed.uri().toString().startsWith(SystemUnderTest.GATEWAY)) {
            throw new IllegalStateException("login of " + user + " did not return to the gateway: " + landed.uri() + " (status "
                    + landed.statusCode() + ")");
        }
        HttpResponse<String> me = call("GET", "/api/me", null, false);
        if (me.statusCode() != 200) {
            throw new IllegalStateException("/api/me after login of " + user + ": " + me.statusCode() + " " + me.body());
        }
        try {
            JsonNode body = JSON.readTree(me.body());
            csrfToken = body.path("csrfToken").asText(null);
        } catch (IOException e) {
            throw new IllegalStateException("/api/me is not JSON: " + me.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Browsers treat http://localhost as a secure context and send it Secure cookies (Keycloak marks its login
     * cookies Secure; SameSite=None); java.net's cookie store would not, and the login form would fail.
     */
    private static final class LocalhostCookieManager extends CookieManager {

        private static final Pattern SECURE = Pattern.compile(";\\s*Secure\\s*(?=;|$)", Pattern.CASE_INSENSITIVE);

        LocalhostCookieManager() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> responseHeaders) throws IOException {
            if (!"localhost".equals(uri.getHost()) && !"127.0.0.1".equals(uri.getHost())) {
                super.put(uri, responseHeaders);
                return;
            }
            Map<String, java.util.List<String>> headers = new java.util.HashMap<>();
            responseHeaders.forEach((name, values) -> headers.put(name,
                    name != null && name.toLowerCase(java.util.Locale.ROOT).startsWith("set-cookie")
                            ? values.stream().map(value -> SECURE.matcher(value).replaceAll("")).toList()
                            : values));
            super.put(uri, headers);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
