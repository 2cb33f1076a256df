package org.factdesk.gateway.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import io.vertx.core.json.JsonArray;

/**
 * Debian's chromium driven by Playwright against the running system: real Keycloak login, real services.
 * Playwright's own browser download is skipped; the launcher installs chromium when it is missing. A test class
 * registers one as an extension ({@code @RegisterExtension static final Browsers BROWSERS = new Browsers();}): the
 * browser starts before its first test and closes after its last.
 */
final class Browsers implements BeforeAllCallback, AfterAllCallback {

    static final String BASE_URL = System.getProperty("factdesk.gateway.url", "http://localhost:8080").replaceAll("/$", "");
    private static final String CHROMIUM = System.getProperty("factdesk.chromium", "/usr/bin/chromium");
    /** Extra Chromium switches separated by ';', e.g. a --host-resolver-rules mapping when port 8080 is busy. */
    private static final String EXTRA_ARGS = System.getProperty("factdesk.chromium.args", "");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("user.dir"), "target", "screenshots");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext extension) {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(arguments()));
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    private static List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"));
        Arrays.stream(EXTRA_ARGS.split(";")).map(String::trim).filter(arg -> !arg.isEmpty()).forEach(args::add);
        return args;
    }

    /** A fresh browser profile (own cookies) at the given window size. */
    BrowserContext context(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setBaseURL(BASE_URL));
    }

    /**
     * A fresh profile for another origin than the shared gateway's, e.g. a TLS proxy with a self-signed certificate,
     * which it accepts.
     */
    BrowserContext context(String baseUrl, int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setBaseURL(baseUrl)
                .setIgnoreHTTPSErrors(true));
    }

    /** A fresh profile that ignores the pages' Content-Security-Policy, so axe-core can be injected into them. */
    BrowserContext auditingContext(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setBaseURL(BASE_URL)
                .setBypassCSP(true));
    }

    /** Opens the app signed out, goes through the Keycloak login page and waits for the app to greet the user. */
    static Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(BASE_URL + "/");
        PlaywrightAssertions.assertThat(page.locator("#kc-login")).isVisible();
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(Pattern.quote(BASE_URL) + "/(articles|queue).*"));
        PlaywrightAssertions.assertThat(page.getByTestId("user")).isVisible();
        return page;
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Background tabs are not painted in headless Chromium, so a screenshot of one would never finish.
        page.bringToFront();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** axe-core from the UI's node_modules (a devDependency, installed by the build's npm ci). */
    private static final Path AXE = Path.of(System.getProperty("user.dir"), "src/main/webui/node_modules/axe-core/axe.min.js");

    /** Runs axe-core in the page; violations with impact serious or critical fail the test, with their rules. */
    static void assertNoSeriousViolations(Page page, String what) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        String result = (String) page.evaluate("async () => JSON.stringify((await axe.run()).violations"
                + ".map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,"
                + " targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '')) })))");
        List<String> serious = new ArrayList<>();
        for (Object violation : new JsonArray(result)) {
            io.vertx.core.json.JsonObject v = (io.vertx.core.json.JsonObject) violation;
            if ("serious".equals(v.getString("impact")) || "critical".equals(v.getString("impact"))) {
                serious.add(v.encode());
            }
        }
        assertEquals(List.of(), serious, "axe-core on the " + what);
    }
}
