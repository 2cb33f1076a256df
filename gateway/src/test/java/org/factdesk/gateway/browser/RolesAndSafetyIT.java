package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What a reviewer may not do is neither shown nor accepted, and article text is always text: markup in a
 * pasted body never becomes HTML, for the editor who pasted it or the reviewer who reads it.
 */
class RolesAndSafetyIT {

    private static final String INJECTION = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void markupInAnArticleRendersAsTextAndReviewersSeeNoEditorActions() {
        String title = "Injection probe " + UUID.randomUUID();
        String body = "Officials said 40,000 homes lost power on Tuesday. " + INJECTION
                + " The outage lasted 12 hours, the utility reported.\n\nRepairs cost $3 million, according to the mayor.";
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 800);
                BrowserContext reviewerBrowser = BROWSERS.context(400, 800)) {
            List<String> dialogs = new CopyOnWriteArrayList<>();
            editorBrowser.onPage(page -> page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            }));
            reviewerBrowser.onPage(page -> page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            }));

            Page editor = Browsers.signIn(editorBrowser, "editor");
            editor.navigate(Browsers.BASE_URL + "/articles/new");
            editor.getByLabel("Title").fill(title);
            editor.getByLabel("Article text").fill(body);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
            editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
            String articlePath = editor.url().substring(Browsers.BASE_URL.length());

            assertThat(editor.locator(".article-body")).containsText(INJECTION);
            assertEquals(0, editor.locator(".article-body img").count(), "no element made from the article body");
            assertThat(editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true))).isVisible();

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            assertThat(reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals"))).hasCount(0);
            reviewer.navigate(Browsers.BASE_URL + "/articles");
            assertThat(reviewer.locator("#articles-title")).isVisible();
            assertThat(reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New article"))).hasCount(0);

            reviewer.navigate(Browsers.BASE_URL + articlePath);
            assertThat(reviewer.locator(".article-body")).containsText(INJECTION);
            assertEquals(0, reviewer.locator(".article-body img").count());
            assertThat(reviewer.locator("#suggestions-title")).isVisible();
            assertThat(reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)))
                    .hasCount(0);
            assertThat(reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue selected"))).hasCount(0);
            assertThat(reviewer.getByRole(AriaRole.CHECKBOX)).hasCount(0);
            assertThat(reviewer.getByLabel("Add a claim by quoting the text")).hasCount(0);
            if (reviewer.locator(".article-body mark.claim").count() > 0) {
                reviewer.locator(".article-body mark.claim").first().click();
                assertThat(reviewer.locator(".claim-panel")).isVisible();
                assertThat(reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dismiss"))).hasCount(0);
                assertThat(reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue for checking")))
                        .hasCount(0);
            }
            Browsers.screenshot(reviewer, "article-reviewer-narrow");

            reviewer.navigate(Browsers.BASE_URL + "/articles/new");
            assertThat(reviewer.locator("main")).containsText("Your role does not give access to this page.");
            reviewer.navigate(Browsers.BASE_URL + "/approvals");
            assertThat(reviewer.locator("main")).containsText("Your role does not give access to this page.");

            // The services refuse the same actions even when sent by hand with a valid session and CSRF token.
            Object createStatus = reviewer.evaluate("async () => {"
                    + " const me = await (await fetch('/api/me')).json();"
                    + " const r = await fetch('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json',"
                    + " 'X-CSRF-Token': me.csrfToken }, body: JSON.stringify({ title: 'not allowed', body: 'x', format: 'TEXT' }) });"
                    + " return r.status; }");
            assertEquals(403, ((Number) createStatus).intValue(), "reviewer may not create articles");

            assertTrue(dialogs.isEmpty(), "no script from the article ran: " + dialogs);
        }
    }
}
