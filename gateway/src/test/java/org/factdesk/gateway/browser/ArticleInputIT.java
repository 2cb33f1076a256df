package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Articles pasted as Markdown or HTML in real Chromium against the real services. The desk checks words, not layout:
 * the format the editor chooses is turned into the plain text claims point into, keeping its paragraphs, headings as
 * lines of their own and list items as "- " lines, dropping emphasis marks and link targets. Claims are found in that
 * text. No markup from an HTML paste ever becomes an element or runs, while text that merely looks like markup is kept
 * as text.
 */
class ArticleInputIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void markdownArrivesAsItsTextWithHeadingsAndListsOnTheirOwnLinesAndClaimsFoundInIt() {
        String marker = DeskSteps.marker("zm");
        String title = "Markdown " + marker;
        String markdown = "# Bus budget " + marker + "\n\n"
                + "The city spent **4.2 million euros** on buses in 2024, " + marker + " officials said.\n\n"
                + "Unemployment fell to _3.9 percent_ in March, the lowest rate since 2001, according to the "
                + "[statistics office](https://example.org/stats).\n\n"
                + "- Ticket prices rose by 12 percent in 2025.\n"
                + "- The mayor thanked the drivers.\n";
        String spent = "The city spent 4.2 million euros on buses in 2024, " + marker + " officials said.";
        String text = "Bus budget " + marker + "\n\n"
                + spent + "\n\n"
                + "Unemployment fell to 3.9 percent in March, the lowest rate since 2001, according to the statistics office.\n\n"
                + "- Ticket prices rose by 12 percent in 2025.\n"
                + "- The mayor thanked the drivers.";
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.createArticle(editor, title, "Markdown", markdown);

            Locator body = editor.locator(".article-body");
            assertThat(body).containsText(spent);
            assertEquals(text, body.textContent());
            assertThat(body.locator("h1, h2, strong, em, a, ul, li")).hasCount(0);
            // The lines are shown as lines: the heading stands above the first paragraph, not beside it.
            assertTrue(body.innerText().startsWith("Bus budget " + marker + "\n"), body.innerText());

            Locator spentMark = body.locator("mark.claim").filter(new Locator.FilterOptions().setHasText(spent));
            assertThat(spentMark).hasCount(1);
            assertThat(spentMark).hasText(spent);
            assertThat(editor.locator("ol.suggestions .claim-row-text").filter(new Locator.FilterOptions().setHasText(spent)))
                    .hasCount(1);
            Browsers.screenshot(editor, "article-markdown");
        }
    }

    @Test
    void htmlKeepsItsTextAndNoneOfItsMarkupBecomesAnElementOrRuns() {
        String marker = DeskSteps.marker("zh");
        String title = "HTML " + marker;
        String html = "<h2>Power cut " + marker + "</h2>"
                + "<p>Officials said <b>40,000 homes</b> lost power on Tuesday, " + marker + ".</p>"
                + "<script>window.__factdeskRan = true; alert('script')</script>"
                + "<p><img src=x onerror=\"alert('img')\">Repairs cost $3 million, according to the mayor.</p>"
                + "<p>The notice read &lt;img src=x onerror=alert(1)&gt; in plain letters.</p>"
                + "<nav>Home | World</nav>";
        String outage = "Officials said 40,000 homes lost power on Tuesday, " + marker + ".";
        String text = "Power cut " + marker + "\n\n"
                + outage + "\n\n"
                + "Repairs cost $3 million, according to the mayor.\n\n"
                + "The notice read <img src=x onerror=alert(1)> in plain letters.";
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            List<String> dialogs = new CopyOnWriteArrayList<>();
            browser.onPage(page -> page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            }));
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.createArticle(editor, title, "HTML", html);

            Locator body = editor.locator(".article-body");
            assertThat(body).containsText(outage);
            assertEquals(text, body.textContent());
            assertThat(body.locator("h2, p, b, img, script, nav")).hasCount(0);
            Locator outageMark = body.locator("mark.claim").filter(new Locator.FilterOptions().setHasText(outage));
            assertThat(outageMark).hasCount(1);
            assertThat(outageMark).hasText(outage);
            Browsers.screenshot(editor, "article-html");

            // Reloaded, the stored text is still only text.
            editor.reload();
            assertThat(body).containsText("The notice read <img src=x onerror=alert(1)> in plain letters.");
            assertThat(body.locator("img")).hasCount(0);
            assertNull(editor.evaluate("() => window.__factdeskRan ?? null"), "the pasted script did not run");
            assertEquals(List.of(), dialogs, "no script from the pasted HTML ran");
        }
    }
}
