package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Steps several browser tests start from, done as an editor does them in the UI. */
final class DeskSteps {

    private DeskSteps() {
    }

    /** A word found only in this run's texts, so the queue's text search finds this test's items and no others. */
    static String marker(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Pastes an article in the given format ("Plain text", "Markdown", "HTML": the radio's label) and creates it; returns
     * the article page's path.
     */
    static String createArticle(Page editor, String title, String format, String body) {
        editor.navigate(Browsers.BASE_URL + "/articles/new");
        editor.getByLabel("Title").fill(title);
        editor.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(format).setExact(true)).check();
        editor.getByLabel("Article text").fill(body);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
        editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
        assertThat(editor.locator("#article-title")).hasText(title);
        return editor.url().substring(Browsers.BASE_URL.length());
    }

    /** Creates an article with two check-worthy sentences carrying the marker and queues both of its claims. */
    static void queueTwoClaims(Page editor, String title, String marker) {
        editor.navigate(Browsers.BASE_URL + "/articles/new");
        editor.getByLabel("Title").fill(title);
        editor.getByLabel("Article text").fill("The city spent 4.2 million euros on buses in 2024, " + marker
                + " officials said. Unemployment fell to 3.9 percent in March, the lowest rate since 2001, "
                + marker + " figures show.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
        editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
        editor.getByLabel("Select claim 1 for queueing").check();
        editor.getByLabel("Select claim 2 for queueing").check();
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue selected (2)")).click();
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue 2 claims")).click();
        assertThat(editor.locator("#tracked-title")).hasText("In the desk (2)");
    }

    /** The review queue searched for the marker in every state: the cards of the article titled so. */
    static Locator findInQueue(Page editor, String marker, String title) {
        editor.navigate(Browsers.BASE_URL + "/queue");
        editor.getByLabel("State").selectOption("");
        editor.getByLabel("Search claims").fill(marker);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        return editor.locator(".review-list li.card").filter(new Locator.FilterOptions().setHasText(title));
    }
}
