package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The article list in real Chromium against the real services: the text search finds an editor's articles by a word of
 * theirs, the status filter tells drafts from articles in check, and a list longer than a page continues with "Load
 * more" without repeating or skipping an article.
 */
class ArticleListIT {

    /** The list's page size (ArticleListView's PAGE). */
    private static final int PAGE = 25;

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void searchFindsThisRunsArticlesAndTheStatusFilterTellsDraftsFromArticlesInCheck() {
        String marker = DeskSteps.marker("zl");
        String draftTitle = "List draft " + marker;
        String inCheckTitle = "List in check " + marker;
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.createArticle(editor, draftTitle, "Plain text",
                    "The bridge repairs will cost 2.1 million euros, " + marker + " engineers said.");
            DeskSteps.queueTwoClaims(editor, inCheckTitle, marker);

            editor.navigate(Browsers.BASE_URL + "/articles");
            Locator cards = editor.locator(".article-list li.card");
            search(editor, marker, "Any");
            assertThat(cards).hasCount(2);
            // Newest first.
            assertThat(cards.nth(0).locator(".card-title")).hasText(inCheckTitle);
            assertThat(cards.nth(1).locator(".card-title")).hasText(draftTitle);
            assertThat(cards.nth(0)).containsText("2 queued");
            Browsers.screenshot(editor, "articles-search");

            search(editor, marker, "In check");
            assertThat(cards).hasCount(1);
            assertThat(cards.locator(".card-title")).hasText(inCheckTitle);
            assertThat(cards.locator(".badge")).hasText("In check");

            search(editor, marker, "Draft");
            assertThat(cards).hasCount(1);
            assertThat(cards.locator(".card-title")).hasText(draftTitle);
            assertThat(cards.locator(".badge")).hasText("Draft");

            search(editor, marker, "Checked");
            assertThat(cards).hasCount(0);
            assertThat(editor.getByText("No article matches this search.")).isVisible();

            search(editor, marker, "Any");
            assertThat(cards).hasCount(2);
            cards.filter(new Locator.FilterOptions().setHasText(draftTitle)).locator(".card-title").click();
            assertThat(editor.locator("#article-title")).hasText(draftTitle);
        }
    }

    @Test
    void loadMoreContinuesTheListWithTheNextPageWithoutRepeatsOrGaps() {
        String marker = DeskSteps.marker("zp");
        int total = PAGE + 1;
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            // A page and one more of this run's articles, made through the same API the form uses (26 forms would
            // only slow the test); one after the other, so the list's newest-first order is theirs.
            Object created = editor.evaluate("async ([marker, total]) => {"
                    + " const me = await (await fetch('/api/me')).json();"
                    + " for (let i = 1; i <= total; i++) {"
                    + "  const n = String(i).padStart(2, '0');"
                    + "  const r = await fetch('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json',"
                    + "   'X-CSRF-Token': me.csrfToken }, body: JSON.stringify({ title: 'Page ' + marker + ' ' + n,"
                    + "   body: 'The ferry carried ' + (100 + i) + ' passengers on Friday, ' + marker + ' the operator said.',"
                    + "   format: 'TEXT' }) });"
                    + "  if (!r.ok) return r.status; }"
                    + " return total; }", List.of(marker, total));
            assertEquals(total, ((Number) created).intValue(), "articles created");

            editor.navigate(Browsers.BASE_URL + "/articles");
            search(editor, marker, "Any");
            Locator cards = editor.locator(".article-list li.card");
            assertThat(cards).hasCount(PAGE);
            assertThat(cards.first().locator(".card-title")).hasText("Page " + marker + " 26");
            Locator loadMore = editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load more"));
            loadMore.click();
            assertThat(cards).hasCount(total);
            assertThat(loadMore).hasCount(0);

            List<String> expected = new ArrayList<>();
            for (int i = total; i >= 1; i--) {
                expected.add("Page " + marker + " " + String.format("%02d", i));
            }
            assertEquals(expected, cards.locator(".card-title").allTextContents());
            Browsers.screenshot(editor, "articles-load-more");
        }
    }

    private static void search(Page editor, String text, String status) {
        editor.getByRole(AriaRole.SEARCHBOX).fill(text);
        editor.locator("form.filters").getByLabel("Status").selectOption(new SelectOption().setLabel(status));
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
    }
}
