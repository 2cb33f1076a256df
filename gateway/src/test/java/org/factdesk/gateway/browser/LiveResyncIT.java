package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A live page that lost its connection catches up when it is back, in real Chromium against the real services: while
 * an editor's article page is offline another editor takes both of its queued claims; back online, the page shows
 * both claims in review without a reload, and the live indicator says Live again. The article page reloads only on
 * events of its own article, so other tests' traffic on the shared desk does not bring the changes in. Cutting the
 * connection needs root ({@code ss -K}), as the launcher's test runs have.
 */
class LiveResyncIT {

    /** The local port and the owning process of a line of {@code ss -tnpH}. */
    private static final Pattern SS_LINE = Pattern.compile("\\S+:(\\d+)\\s+\\S+:\\d+\\s+users:.*?pid=(\\d+)");

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anArticlePageBackFromOfflineShowsWhatChangedMeanwhileWithoutAReload() {
        String marker = DeskSteps.marker("zr");
        String title = "Resync " + marker;
        try (BrowserContext watcherBrowser = BROWSERS.context(1280, 900);
                BrowserContext actorBrowser = BROWSERS.context(1280, 900)) {
            Page watcher = Browsers.signIn(watcherBrowser, "editor");
            DeskSteps.queueTwoClaims(watcher, title, marker);
            String articlePath = watcher.url().substring(Browsers.BASE_URL.length());
            Locator tracked = watcher.locator(".claim-list li");
            assertThat(tracked.filter(new Locator.FilterOptions().setHasText("Queued"))).hasCount(2);
            assertThat(watcher.locator(".live-dot.live-live")).isVisible();
            // Marks this window: if the page reloaded, the marker would be gone.
            watcher.evaluate("() => { window.__factdeskNoReload = true; }");

            // Offline emulation refuses new connections but leaves the open stream be: cut that one as a network does.
            watcherBrowser.setOffline(true);
            cutConnectionsToGateway();
            assertThat(watcher.locator(".live-dot.live-live")).hasCount(0);
            Browsers.screenshot(watcher, "article-offline");

            // Meanwhile another editor takes both claims; their own article page shows when the desk has it.
            Page actor = Browsers.signIn(actorBrowser, "editor2");
            for (int i = 0; i < 2; i++) {
                Locator free = DeskSteps.findInQueue(actor, marker, title)
                        .filter(new Locator.FilterOptions().setHasText("unassigned"));
                assertThat(free).hasCount(2 - i);
                free.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
                actor.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
            }
            actor.navigate(Browsers.BASE_URL + articlePath);
            assertThat(actor.locator(".claim-list li").filter(new Locator.FilterOptions().setHasText("In review")))
                    .hasCount(2);
            // The watcher is still away: not live, both claims as they were.
            assertThat(watcher.locator(".live-dot.live-live")).hasCount(0);
            assertThat(tracked.filter(new Locator.FilterOptions().setHasText("Queued"))).hasCount(2);

            watcherBrowser.setOffline(false);
            assertThat(watcher.locator(".live-dot.live-live")).isVisible();
            assertThat(tracked.filter(new Locator.FilterOptions().setHasText("In review"))).hasCount(2);
            assertThat(tracked).hasCount(2);
            assertEquals(Boolean.TRUE, watcher.evaluate("() => window.__factdeskNoReload === true"),
                    "the article page was not reloaded");
            Browsers.screenshot(watcher, "article-resynced");
        }
    }

    /**
     * Aborts the TCP connections that this JVM's Chromium holds to the gateway, with {@code ss -K} (root): other test
     * runs' browsers, their own processes, keep theirs.
     */
    private static void cutConnectionsToGateway() {
        Set<Long> ours = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        String port = ":" + URI.create(Browsers.BASE_URL).getPort();
        List<String> cut = new ArrayList<>();
        for (String line : run("ss", "-tnpH", "state", "established", "dport", "=", port).split("\n")) {
            Matcher connection = SS_LINE.matcher(line);
            if (connection.find() && ours.contains(Long.parseLong(connection.group(2)))) {
                run("ss", "-K", "state", "established", "sport", "=", ":" + connection.group(1), "dport", "=", port);
                cut.add(connection.group(1));
            }
        }
        assertFalse(cut.isEmpty(), "the browser held connections to the gateway");
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
