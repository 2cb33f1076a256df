package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Editing an article in real Chromium against the real services. An editor may rewrite an article whose claims are
 * already in the desk: each claim stays on its own sentence wherever the sentence moved, one whose sentence is gone
 * stays in the desk and says so, and new sentences are suggested. Two people saving the same article from the same
 * version cannot overwrite each other: the second save is refused with a conflict and nothing of it is stored.
 */
class ArticleEditingIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anEditKeepsQueuedClaimsOnTheirSentencesAndSuggestsTheNewOnes() {
        String marker = DeskSteps.marker("ze");
        String title = "Edited " + marker;
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);
            String kept = keptSentence(marker);
            String removed = removedSentence(marker);
            String added = "Ticket prices rose by 12 percent in 2025, the operator reported " + marker + ".";
            String edited = added + "\n\n" + kept;

            editArticle(editor, edited);

            assertThat(editor.locator(".article-body")).containsText(added);
            assertEquals(edited, editor.locator(".article-body").textContent());
            // The kept claim is highlighted on its sentence at its new place, still queued.
            Locator queuedMarks = editor.locator(".article-body mark.claim.status-queued");
            assertThat(queuedMarks).hasCount(1);
            assertThat(queuedMarks).hasText(kept);
            // Both stay in the desk, the one whose sentence is gone too; the new sentence is suggested.
            assertThat(editor.locator("#tracked-title")).hasText("In the desk (2)");
            Locator tracked = editor.locator(".claim-list li");
            assertThat(tracked).hasCount(2);
            assertThat(tracked.filter(new Locator.FilterOptions().setHasText(removed))).containsText("Queued");
            assertThat(editor.locator("ol.suggestions > li")).hasCount(1);
            assertThat(editor.locator("ol.suggestions .claim-row-text")).hasText(added);
            assertThat(editor.locator(".article-body mark.claim.status-suggested")).hasText(added);

            // It is the same claim: choosing it in the desk list selects its highlight.
            tracked.filter(new Locator.FilterOptions().setHasText(kept)).getByRole(AriaRole.BUTTON).click();
            assertThat(editor.locator(".article-body mark.claim.selected")).hasText(kept);
            Browsers.screenshot(editor, "article-edited");

            // The review desk keeps researching both.
            assertThat(DeskSteps.findInQueue(editor, marker, title)).hasCount(2);
        }
    }

    /** Needs the gateway built from commit 64b04a6 (the "No longer in the text" badge). */
    @Test
    void aQueuedClaimWhoseSentenceAnEditRemovedSaysItIsNoLongerInTheText() {
        String marker = DeskSteps.marker("ze");
        String title = "Detached " + marker;
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);
            String kept = keptSentence(marker);
            String removed = removedSentence(marker);

            editArticle(editor, kept);

            assertThat(editor.locator(".article-body mark.claim")).hasCount(1);
            assertThat(editor.locator(".article-body mark.claim")).hasText(kept);
            Locator tracked = editor.locator(".claim-list li");
            Locator detached = tracked.filter(new Locator.FilterOptions().setHasText(removed));
            assertThat(detached).containsText("No longer in the text");
            assertThat(tracked.filter(new Locator.FilterOptions().setHasText("No longer in the text"))).hasCount(1);
            detached.getByRole(AriaRole.BUTTON).click();
            assertThat(editor.locator(".claim-panel .badges")).containsText("No longer in the text");
            assertThat(editor.locator(".article-body mark.claim.selected")).hasCount(0);
            Browsers.screenshot(editor, "article-claim-detached");
        }
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsRefusedAndNothingOfItIsStored() {
        String marker = DeskSteps.marker("zs");
        String secondMarker = DeskSteps.marker("zs");
        String title = "Two editors " + marker;
        try (BrowserContext firstBrowser = BROWSERS.context(1280, 900);
                BrowserContext secondBrowser = BROWSERS.context(1280, 900)) {
            Page first = Browsers.signIn(firstBrowser, "editor");
            String articlePath = DeskSteps.createArticle(first, title, "Plain text",
                    "The council approved 300 new homes on Monday, " + marker + " the mayor said.");
            Page second = Browsers.signIn(secondBrowser, "editor2");

            // Both open the same version for editing.
            first.navigate(Browsers.BASE_URL + articlePath + "/edit");
            second.navigate(Browsers.BASE_URL + articlePath + "/edit");
            assertThat(first.getByLabel("Title")).hasValue(title);
            assertThat(second.getByLabel("Title")).hasValue(title);

            String firstBody = "The council approved 350 new homes on Monday, " + marker + " the mayor said.";
            first.getByLabel("Title").fill(title + " (first)");
            first.getByLabel("Article text").fill(firstBody);
            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
            first.waitForURL(Pattern.compile(".*" + Pattern.quote(articlePath) + "$"));
            assertThat(first.locator("#article-title")).hasText(title + " (first)");

            second.getByLabel("Title").fill(title + " (second)");
            second.getByLabel("Article text").fill("The council approved 400 new homes, " + secondMarker + " the mayor said.");
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
            Locator alert = second.getByRole(AriaRole.ALERT);
            assertThat(alert).containsText("reload it and apply the change again");
            // The second editor keeps the form and their text, to apply again after a reload.
            assertThat(second).hasURL(Browsers.BASE_URL + articlePath + "/edit");
            assertThat(second.getByLabel("Article text")).hasValue(Pattern.compile(".*" + secondMarker + ".*"));
            assertThat(second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))).isEnabled();
            Browsers.screenshot(second, "article-edit-conflict");

            second.navigate(Browsers.BASE_URL + articlePath);
            assertThat(second.locator("#article-title")).hasText(title + " (first)");
            assertThat(second.locator(".article-body")).containsText("350 new homes");
            assertEquals(firstBody, second.locator(".article-body").textContent());
            second.navigate(Browsers.BASE_URL + "/articles");
            second.getByRole(AriaRole.SEARCHBOX).fill(secondMarker);
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            assertThat(second.getByText("No article matches this search.")).isVisible();
        }
    }

    /** The first of {@link DeskSteps#queueTwoClaims}' sentences. */
    private static String keptSentence(String marker) {
        return "The city spent 4.2 million euros on buses in 2024, " + marker + " officials said.";
    }

    /** The second of {@link DeskSteps#queueTwoClaims}' sentences. */
    private static String removedSentence(String marker) {
        return "Unemployment fell to 3.9 percent in March, the lowest rate since 2001, " + marker + " figures show.";
    }

    /** From the article page: Edit, replace the text, save, back on the article page. */
    private static void editArticle(Page editor, String body) {
        String articlePath = editor.url().substring(Browsers.BASE_URL.length());
        editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)).click();
        assertThat(editor.getByText("Claims of this article are already in review.")).isVisible();
        editor.getByLabel("Article text").fill(body);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        editor.waitForURL(Pattern.compile(".*" + Pattern.quote(articlePath) + "$"));
    }
}
