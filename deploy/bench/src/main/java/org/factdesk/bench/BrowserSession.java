package org.factdesk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A browser's session at the gateway, obtained the way a browser gets it: GET the gateway, follow the redirect to
 * Keycloak's login page, submit the login form, follow the redirects back; then read the CSRF token from
 * {@code /api/me}. Cookies are kept per origin (scheme, host and port), so the gateway only gets its own.
 */
public final class BrowserSession {

    private static final Pattern LOGIN_FORM = Pattern.compile(
            "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"",
            Pattern.CASE_INSENSITIVE);

    private final String gateway;
    private final String user;
    private final Map<String, Map<String, String>> jars = new LinkedHashMap<>();
    private String csrfToken;

    private BrowserSession(String gateway, String user) {
        this.gateway = gateway;
        this.user = user;
    }

    public static BrowserSession login(String gateway, String user) {
        BrowserSession session = new BrowserSession(gateway, user);
        session.signIn();
        return session;
    }

    public String user() {
        return user;
    }

    /** Headers a browser sends with an API call: the session cookie, and for unsafe methods the CSRF token. */
    public Map<String, String> headers(boolean unsafe) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", cookieHeader(URI.create(gateway)));
        headers.put("Accept", "application/json");
        if (unsafe) {
            headers.put("X-CSRF-Token", csrfToken);
            headers.put("Content-Type", "application/json");
        }
        return Map.copyOf(headers);
    }

    public String csrfToken() {
        return csrfToken;
    }

    private void signIn() {
        HttpResponse<String> response = follow(get(URI.create(gateway + "/")));
        Matcher form = LOGIN_FORM.matcher(response.body());
        if (!form.find()) {
            throw new IllegalStateException("expected Keycloak's login form after GET " + gateway + "/, got "
                    + response.statusCode() + " from " + response.uri());
        }
        String action = (form.group(1) != null ? form.group(1) : form.group(2)).replace("&amp;", "&");
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId=";
        URI target = response.uri().resolve(action);
        HttpResponse<String> landed = follow(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader(target))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (!origin(landed.uri()).equals(origin(URI.create(gateway)))) {
            throw new IllegalStateException("login of " + user + " did not return to the gateway (ended at "
                    + landed.uri() + " with " + landed.statusCode() + ")");
        }
        HttpResponse<String> me = Http.send(withCookies(HttpRequest.newBuilder(URI.create(gateway + "/api/me"))
                .header("Accept", "application/json"), URI.create(gateway + "/api/me")).GET().build());
        remember(me);
        if (me.statusCode() != 200) {
            throw new IllegalStateException("GET /api/me after login answered " + me.statusCode() + ": "
                    + Json.abbreviate(me.body()));
        }
        JsonNode json = Json.parse(me.body());
        csrfToken = json.path("csrfToken").asText(null);
        if (csrfToken == null) {
            throw new IllegalStateException("/api/me carries no csrfToken: " + Json.abbreviate(me.body()));
        }
    }

    private HttpRequest get(URI uri) {
        return withCookies(HttpRequest.newBuilder(uri).header("Accept", "text/html"), uri).GET().build();
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder builder, URI uri) {
        String cookies = cookieHeader(uri);
        builder.timeout(Duration.ofSeconds(20));
        return cookies.isEmpty() ? builder : builder.header("Cookie", cookies);
    }

    /** Sends the request and follows redirects (as GET) until an answer that is not a redirect. */
    private HttpResponse<String> follow(HttpRequest first) {
        HttpResponse<String> response = Http.send(first);
        for (int hops = 0; hops < 15; hops++) {
            remember(response);
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return response;
            }
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("redirect without Location from " + first.uri()));
            response = Http.send(get(response.uri().resolve(location)));
        }
        throw new IllegalStateException("more than 15 redirects logging in " + user);
    }

    private void remember(HttpResponse<?> response) {
        Map<String, String> jar = jars.computeIfAbsent(origin(response.uri()), key -> new LinkedHashMap<>());
        for (String header : response.headers().allValues("Set-Cookie")) {
            List<String> parts = List.of(header.split(";"));
            String pair = parts.get(0).trim();
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq);
            boolean expired = parts.stream().skip(1).map(p -> p.trim().toLowerCase(Locale.ROOT))
                    .anyMatch(
                            p -> p.equals("max-age=0") || p.startsWith("max-age=-") || p.contains("expires=thu, 01 jan 1970"));
            if (expired) {
                jar.remove(name);
            } else {
                jar.put(name, pair.substring(eq + 1));
            }
        }
    }

    private String cookieHeader(URI uri) {
        return jars.getOrDefault(origin(uri), Map.of()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }
}
