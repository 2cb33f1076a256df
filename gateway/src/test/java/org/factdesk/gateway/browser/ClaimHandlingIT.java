package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What an editor does with one claim from the article page, in real Chromium against the real services: dismiss a
 * suggestion for good, reword a claim and queue it alone with a priority, add a claim by quoting the text, and withdraw
 * a queued claim from the review desk.
 */
class ClaimHandlingIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void aDismissedSuggestionLeavesTheSuggestionsAndStaysDismissedAfterAReload() {
        String marker = DeskSteps.marker("zd");
        String title = "Dismiss " + marker;
        String kept = spentSentence(marker);
        String dismissed = unemploymentSentence(marker);
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.createArticle(editor, title, "Plain text", kept + " " + dismissed);
            assertThat(editor.locator("#suggestions-title")).hasText("Suggested claims (2)");

            suggestion(editor, dismissed).locator(".claim-row").click();
            Locator panel = editor.locator(".claim-panel");
            assertThat(panel.locator("blockquote")).hasText(dismissed);
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss")).click();

            assertDismissed(editor, kept, dismissed);
            assertThat(panel.locator(".badges")).containsText("Dismissed");
            Browsers.screenshot(editor, "claim-dismissed");

            editor.reload();
            assertDismissed(editor, kept, dismissed);
        }
    }

    /** Needs the gateway built from commit 64b04a6 (priority and due time when queueing from the claim panel). */
    @Test
    void aClaimRewordedAndQueuedFromThePanelReachesTheQueueInItsNewWordingWithItsPriority() {
        String marker = DeskSteps.marker("zw");
        String title = "Reworded " + marker;
        String original = unemploymentSentence(marker);
        String reworded = "Unemployment in the city fell to 3.9 percent in March 2026, " + marker + " figures show.";
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.createArticle(editor, title, "Plain text", spentSentence(marker) + " " + original);

            suggestion(editor, original).locator(".claim-row").click();
            Locator panel = editor.locator(".claim-panel");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit wording")).click();
            panel.getByLabel("Claim as it will be checked").fill(reworded);
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(panel.locator("blockquote")).hasText(reworded);
            assertThat(panel).containsText("Article wording: “" + original + "”");
            // The article keeps its own words; the claim is checked in the new ones.
            assertThat(editor.locator(".article-body mark.claim.selected")).hasText(original);

            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Queue for checking")).click();
            panel.getByLabel("Priority").selectOption("URGENT");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Queue 1 claim")).click();
            assertThat(editor.locator("#tracked-title")).hasText("In the desk (1)");
            assertThat(panel.locator(".badges")).containsText("Queued");
            assertThat(panel.locator(".badges .priority-urgent")).hasText("Urgent");
            assertThat(editor.locator("#suggestions-title")).hasText("Suggested claims (1)");
            Browsers.screenshot(editor, "claim-queued-from-panel");

            Locator ours = DeskSteps.findInQueue(editor, marker, title);
            assertThat(ours).hasCount(1);
            assertThat(ours.locator(".card-title")).hasText(reworded);
            assertThat(ours.locator(".badge.priority-urgent")).hasText("Urgent");
            assertThat(ours.locator(".badges")).containsText("Queued");
        }
    }

    @Test
    void aSentenceQuotedByTheEditorBecomesAClaimHighlightedInTheText() {
        String marker = DeskSteps.marker("zq");
        String title = "Quoted " + marker;
        // A sentence the detector does not suggest: the editor sees a claim in it that the desk missed.
        String quoted = "It was a quiet evening in the old town, " + marker + ".";
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.createArticle(editor, title, "Plain text", spentSentence(marker) + " " + quoted);
            assertThat(editor.locator("#suggestions-title")).hasText("Suggested claims (1)");
            Locator quoteField = editor.getByLabel("Add a claim by quoting the text");
            Locator find = editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find").setExact(true));

            quoteField.fill("It was a quiet evening in the new town");
            find.click();
            assertThat(editor.getByText("That text does not occur in the article.")).isVisible();

            quoteField.fill(quoted);
            find.click();
            Locator adding = editor.locator(".add-claim");
            assertThat(adding.getByRole(AriaRole.HEADING)).hasText("Add a claim");
            assertThat(adding.locator("blockquote")).hasText(quoted);
            adding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add as claim")).click();

            Locator panel = editor.locator(".claim-panel");
            assertThat(panel.locator("blockquote")).hasText(quoted);
            assertThat(panel.locator(".badges")).containsText("Added by editor");
            Locator marks = editor.locator(".article-body mark.claim").filter(new Locator.FilterOptions().setHasText(quoted));
            assertThat(marks).hasCount(1);
            assertThat(marks).hasText(quoted);
            assertThat(marks).hasClass(Pattern.compile(".*\\bselected\\b.*"));
            assertThat(editor.locator("#suggestions-title")).hasText("Suggested claims (2)");
            Browsers.screenshot(editor, "claim-quoted");

            editor.reload();
            assertThat(marks).hasCount(1);
            assertThat(marks).hasText(quoted);
            assertThat(suggestion(editor, quoted)).hasCount(1);
        }
    }

    @Test
    void aWithdrawnClaimLeavesTheReviewQueueLiveAndTheArticleShowsItWithdrawn() {
        String marker = DeskSteps.marker("zx");
        String title = "Withdraw " + marker;
        String withdrawn = unemploymentSentence(marker);
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            // A reviewer watches the queue's usual view, the queued items, searched for this run.
            Page queue = Browsers.signIn(reviewerBrowser, "reviewer");
            queue.navigate(Browsers.BASE_URL + "/queue");
            queue.getByLabel("Search claims").fill(marker);
            queue.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            Locator ours = queue.locator(".review-list li.card").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(ours).hasCount(2);
            assertThat(queue.locator(".live-dot.live-live")).isVisible();

            editor.locator(".claim-list li").filter(new Locator.FilterOptions().setHasText(withdrawn))
                    .getByRole(AriaRole.BUTTON).click();
            Locator panel = editor.locator(".claim-panel");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw").setExact(true)).click();
            panel.getByLabel("Why withdraw? (optional)").fill("Already checked last month, " + marker);
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw claim")).click();

            assertThat(panel.locator(".badges")).containsText("Withdrawn");
            assertThat(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw").setExact(true)))
                    .hasCount(0);
            Locator row = editor.locator(".claim-list li").filter(new Locator.FilterOptions().setHasText(withdrawn));
            assertThat(row).containsText("Withdrawn");
            assertThat(editor.locator(".article-body mark.claim.status-withdrawn")).hasText(withdrawn);
            assertThat(editor.locator(".article-body mark.claim.status-queued")).hasText(spentSentence(marker));
            Browsers.screenshot(editor, "claim-withdrawn");

            // The queue drops it without a reload; the other claim stays.
            assertThat(ours).hasCount(1);
            assertThat(ours.filter(new Locator.FilterOptions().setHasText(withdrawn))).hasCount(0);
            assertThat(queue.locator(".review-list li.card")).hasCount(1);
            assertThat(ours.locator(".card-title")).hasText(spentSentence(marker));

            // Among the withdrawn reviews it is there, once.
            queue.getByLabel("State").selectOption("WITHDRAWN");
            assertThat(ours).hasCount(1);
            assertThat(ours.locator(".card-title")).hasText(withdrawn);
            assertThat(ours.locator(".badges")).containsText("Withdrawn");

            editor.reload();
            assertThat(editor.locator("#tracked-title")).hasText("In the desk (2)");
            assertThat(row).containsText("Withdrawn");
        }
    }

    /** The first of {@link DeskSteps#queueTwoClaims}' sentences. */
    private static String spentSentence(String marker) {
        return "The city spent 4.2 million euros on buses in 2024, " + marker + " officials said.";
    }

    /** The second of {@link DeskSteps#queueTwoClaims}' sentences. */
    private static String unemploymentSentence(String marker) {
        return "Unemployment fell to 3.9 percent in March, the lowest rate since 2001, " + marker + " figures show.";
    }

    private static Locator suggestion(Page editor, String text) {
        return editor.locator("ol.suggestions > li").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** One suggestion left, the dismissed one neither suggested nor highlighted nor in the desk. */
    private static void assertDismissed(Page editor, String kept, String dismissed) {
        assertThat(editor.locator("#suggestions-title")).hasText("Suggested claims (1)");
        assertThat(editor.locator("ol.suggestions > li")).hasCount(1);
        assertThat(suggestion(editor, kept)).hasCount(1);
        assertThat(editor.locator(".article-body mark.claim")).hasCount(1);
        assertThat(editor.locator(".article-body mark.claim")).hasText(kept);
        assertThat(editor.locator(".article-body")).containsText(dismissed);
        assertThat(editor.locator("#tracked-title")).hasText("In the desk (0)");
    }
}
