package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

import io.vertx.core.json.JsonObject;

/**
 * The gateway behind a TLS-terminating proxy, as behind the production Ingress: Debian's nginx with a self-signed
 * certificate ends TLS on https://localhost:8443 (-Dfactdesk.tls-proxy.port; the factdesk-gateway client of the
 * local realm accepts that origin) and forwards to a gateway of the test's own that trusts forwarded headers from
 * 127.0.0.1 only (FACTDESK_BEHIND_PROXY, FACTDESK_TRUSTED_PROXIES, FACTDESK_COOKIE_SECURE). Chromium signs in through
 * the proxy on the real Keycloak page: the gateway asks Keycloak to return to https, sets Secure cookies, serves the
 * API through the proxy and signs out back to https. The same headers from any other peer change nothing.
 */
class TlsProxyIT {

    private static final int PROXY_PORT = Integer.getInteger("factdesk.tls-proxy.port", 8443);
    private static final String PROXY_URL = "https://localhost:" + PROXY_PORT;
    private static final Path WORK = Path.of(System.getProperty("user.dir"), "target", "tls-proxy");
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location:\\s*(\\S+)\\s*$");
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    private static GatewayProcess gateway;
    private static TlsProxy proxy;

    @BeforeAll
    static void startGatewayBehindProxy() throws Exception {
        gateway = GatewayProcess.start(WORK, Map.of(
                "FACTDESK_BEHIND_PROXY", "true",
                // Exactly the proxy's address: nginx connects from 127.0.0.1.
                "FACTDESK_TRUSTED_PROXIES", "127.0.0.1",
                "FACTDESK_COOKIE_SECURE", "true"));
        System.out.printf("TlsProxyIT: the second gateway was ready %d ms after its start%n", gateway.startUp.toMillis());
        proxy = TlsProxy.start(WORK, PROXY_PORT, gateway.port);
    }

    @AfterAll
    static void stopGatewayAndProxy() {
        if (proxy != null) {
            proxy.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void signsInAndOutThroughTheTlsProxyWithHttpsRedirectsAndSecureCookies() {
        try (BrowserContext browser = BROWSERS.context(PROXY_URL, 1280, 800)) {
            Page page = browser.newPage();
            page.setDefaultTimeout(30_000);
            List<String> authorizations = new CopyOnWriteArrayList<>();
            List<String> logouts = new CopyOnWriteArrayList<>();
            List<String> navigations = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().contains("/protocol/openid-connect/auth?")) {
                    authorizations.add(request.url());
                } else if (request.url().contains("/protocol/openid-connect/logout?")) {
                    logouts.add(request.url());
                }
                if (request.isNavigationRequest() && request.frame() == page.mainFrame()) {
                    navigations.add(request.url());
                }
            });

            page.navigate(PROXY_URL + "/");
            assertEquals(1, authorizations.size(), "one authorization request to Keycloak: " + authorizations);
            String redirectUri = parameter(authorizations.get(0), "redirect_uri").orElseThrow();
            assertTrue(redirectUri.startsWith(PROXY_URL + "/"), "the gateway asks Keycloak to return to the proxy's https "
                    + "origin, not its own http address: " + redirectUri);
            assertTrue(page.locator("#kc-login").isVisible(), "Keycloak's login page, not an error (a Keycloak started "
                    + "before the realm file listed " + PROXY_URL + "/* refuses the redirect URI; the launcher imports the "
                    + "realm anew when Keycloak next starts):\n" + page.locator("body").innerText());

            page.locator("#username").fill("editor");
            page.locator("#password").fill("editor");
            page.locator("#kc-login").click();
            page.waitForURL(Pattern.compile(Pattern.quote(PROXY_URL) + "/(articles|queue).*"));
            assertThat(page.getByTestId("user")).isVisible();

            List<Cookie> session = browser.cookies(PROXY_URL).stream().filter(cookie -> cookie.name.startsWith("q_session"))
                    .toList();
            assertFalse(session.isEmpty(), "the gateway keeps the session in q_session cookies");
            System.out.printf("TlsProxyIT: %d session cookies, %d bytes%n", session.size(),
                    session.stream().mapToInt(cookie -> cookie.name.length() + cookie.value.length() + 1).sum());
            for (Cookie cookie : session) {
                assertTrue(cookie.secure, cookie.name + " is Secure");
                assertTrue(cookie.httpOnly, cookie.name + " is HttpOnly");
            }

            APIResponse me = page.request().get("/api/me");
            assertEquals(200, me.status(), me.text());
            assertEquals("editor", new JsonObject(me.text()).getString("username"));

            navigations.clear();
            // Whatever control the UI offers (a link today, a form with a CSRF token tomorrow), clicked as a user would.
            page.locator("a, button").filter(new Locator.FilterOptions().setHasText("Sign out")).first().click();
            assertThat(page.locator("#kc-login")).isVisible();
            assertEquals(1, logouts.size(), "one logout request to Keycloak: " + logouts);
            String postLogout = parameter(logouts.get(0), "post_logout_redirect_uri").orElseThrow();
            assertEquals(PROXY_URL + "/", postLogout, "Keycloak sends the browser back to the proxy's https origin");
            // Keycloak adds the logout request's state as a query parameter.
            assertTrue(navigations.stream().anyMatch(url -> url.equals(PROXY_URL + "/") || url.startsWith(PROXY_URL + "/?")),
                    "the browser came back to " + PROXY_URL + "/: " + navigations);
            assertTrue(parameter(authorizations.get(authorizations.size() - 1), "redirect_uri").orElseThrow()
                    .startsWith(PROXY_URL + "/"), "signed out, the start page asks for a login through the proxy again");
            assertEquals(401, page.request().get("/api/me").status(), "the session is gone");
        }
    }

    /**
     * Forwarded headers count only where configured and only from the proxy: the same request, with the proxy's
     * headers, reaches the gateway from 127.0.0.1 (trusted: https redirect URI), from 127.0.0.2 (not trusted: the
     * gateway's own http address), and the shared gateway, which runs without FACTDESK_BEHIND_PROXY (its own address).
     */
    @Test
    void forwardedHeadersCountOnlyFromTheTrustedProxy() throws IOException {
        assertEquals(PROXY_URL + "/", redirectUri("127.0.0.1", gateway.port));
        assertEquals("http://localhost:" + gateway.port + "/", redirectUri("127.0.0.2", gateway.port));
        int shared = URI.create(Browsers.BASE_URL).getPort();
        assertEquals("http://localhost:" + shared + "/", redirectUri("127.0.0.1", shared));
    }

    /** GET / as a signed-out browser behind the proxy would send it, from {@code localAddress}: the redirect URI. */
    private static String redirectUri(String localAddress, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(10_000);
            String request = "GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\n"
                    + "X-Forwarded-Proto: https\r\nX-Forwarded-Host: localhost:" + PROXY_PORT + "\r\nX-Forwarded-Port: "
                    + PROXY_PORT + "\r\nX-Forwarded-For: 203.0.113.7\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = head(socket.getInputStream());
            Matcher status = STATUS.matcher(head);
            assertTrue(status.find() && status.group(1).equals("302"), "a redirect to Keycloak from " + localAddress + ":\n"
                    + head);
            Matcher location = LOCATION.matcher(head);
            assertTrue(location.find(), head);
            return parameter(location.group(1), "redirect_uri").orElseThrow();
        }
    }

    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    private static Optional<String> parameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
