package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The desk's whole loop in real browsers: an editor pastes an article and queues two suggested claims, a
 * reviewer in another browser sees them arrive live, researches one and submits a verdict, the editor approves
 * it, and the editor's first window shows the verdict on the claim without a reload.
 */
class DeskWorkflowIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void claimGoesFromSuggestionToPublishedVerdictLive() {
        String title = "Kremlin diplomacy " + UUID.randomUUID();
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 800);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 800)) {

            // The reviewer watches the urgent queue before anything is queued.
            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            assertTrue(reviewer.url().endsWith("/queue"), "reviewers start at the queue: " + reviewer.url());
            reviewer.getByLabel("Priority").selectOption("URGENT");
            assertThat(reviewer.locator(".live-dot.live-live")).isVisible();

            // The editor pastes an article.
            Page editor = Browsers.signIn(editorBrowser, "editor");
            editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New article")).click();
            editor.getByLabel("Title").fill(title);
            editor.getByLabel("Author").fill("AI");
            editor.getByLabel("Article text").fill(SharedArticles.read("article-1.txt"));
            Browsers.screenshot(editor, "article-new");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
            editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
            assertThat(editor.locator("#article-title")).hasText(title);

            // Suggestions are ranked by check-worthiness and say why.
            Locator suggestions = editor.locator("ol.suggestions > li");
            assertThat(suggestions.nth(1)).isVisible();
            List<Integer> scores = new ArrayList<>();
            for (String score : editor.locator("ol.suggestions .score").allTextContents()) {
                scores.add(Integer.parseInt(score.replace("%", "").trim()));
            }
            for (int i = 1; i < scores.size(); i++) {
                assertTrue(scores.get(i - 1) >= scores.get(i), "suggestions ranked by score: " + scores);
            }
            assertThat(editor.locator("ol.suggestions .reasons li").first()).isVisible();
            assertTrue(editor.locator(".article-body mark.claim").count() >= 2, "claims highlighted in the body");
            String first = suggestions.nth(0).locator(".claim-row-text").textContent();
            String second = suggestions.nth(1).locator(".claim-row-text").textContent();
            Browsers.screenshot(editor, "article-suggestions");

            // Queue the top two, urgent; the desk first looks for earlier checks of the same claims.
            editor.getByLabel("Select claim 1 for queueing").check();
            editor.getByLabel("Select claim 2 for queueing").check();
            editor.locator(".bulk select").selectOption("URGENT");
            editor.locator(".bulk input[type=datetime-local]")
                    .fill(LocalDateTime.now().plusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue selected (2)")).click();
            assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Already checked?"))).isVisible();
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue 2 claims")).click();
            assertThat(editor.locator("#tracked-title")).hasText("In the desk (2)");
            // Marks this window: if the page reloaded, the marker would be gone.
            editor.evaluate("() => { window.__factdeskNoReload = true; }");

            // Both arrive in the reviewer's queue without a reload.
            // Cards are told apart by this run's unique article title: the same text may be queued by earlier runs.
            Locator ourCards = reviewer.locator(".review-list li.card").filter(new Locator.FilterOptions().setHasText(title));
            Locator firstCard = ourCards.filter(new Locator.FilterOptions().setHasText(first));
            Locator secondCard = ourCards.filter(new Locator.FilterOptions().setHasText(second));
            assertThat(firstCard).isVisible();
            assertThat(secondCard).isVisible();
            Browsers.screenshot(reviewer, "review-queue");

            // The reviewer takes one, adds a source and submits a verdict.
            firstCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
            reviewer.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
            String reviewPath = reviewer.url().substring(Browsers.BASE_URL.length());
            assertThat(reviewer.locator("#review-title")).hasText(first);
            Locator sourceForm = reviewer.locator("form.source-form");
            sourceForm.getByLabel("URL").fill("https://www.reuters.com/world/europe/kremlin-readout");
            sourceForm.getByLabel("Title").fill("Kremlin readout of the call");
            sourceForm.getByLabel("Publisher").fill("Reuters");
            sourceForm.getByLabel("Relevant quote").fill("The Kremlin said the talks lasted about two hours.");
            sourceForm.getByLabel("Primary source").check();
            sourceForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add source")).click();
            assertThat(reviewer.locator("#evidence-title")).hasText("Evidence (1)");
            reviewer.locator("label.rating-option").filter(new Locator.FilterOptions().setHasText("Mostly false")).click();
            reviewer.getByLabel("Summary").fill("The official readouts do not support the figure.");
            reviewer.getByLabel("Explanation")
                    .fill("Both governments' readouts give a different number; see the Reuters source.");
            Browsers.screenshot(reviewer, "review-research");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
            assertThat(reviewer.locator(".page-head .badge").first()).hasText("Submitted");

            // The editor approves in a second tab, side by side with the evidence.
            Page approver = editorBrowser.newPage();
            approver.navigate(Browsers.BASE_URL + "/approvals");
            approver.locator(".review-list li.card").filter(new Locator.FilterOptions().setHasText(title))
                    .filter(new Locator.FilterOptions().setHasText(first)).locator("a.card-title").click();
            approver.waitForURL(Pattern.compile(".*" + Pattern.quote(reviewPath) + "$"));
            assertThat(approver.locator(".source-title")).containsText("Kremlin readout of the call");
            Browsers.screenshot(approver, "approval");
            approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
            assertThat(approver.locator(".page-head .badge").first()).hasText("Published");
            approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show JSON-LD")).click();
            assertThat(approver.locator("pre.code")).containsText("ClaimReview");
            Browsers.screenshot(approver, "published-claimreview");

            // The first editor window shows the verdict on the claim, live.
            Locator verdictMark = editor.locator(".article-body mark.claim.rating-mostly-false");
            assertThat(verdictMark.first()).isVisible();
            assertThat(editor.locator(".claim-list")).containsText("Mostly false");
            assertEquals(Boolean.TRUE, editor.evaluate("() => window.__factdeskNoReload === true"),
                    "the article page was not reloaded");
            verdictMark.first().click();
            assertThat(editor.getByTestId("claim-verdict")).containsText("The official readouts do not support the figure.");
            Browsers.screenshot(editor, "article-verdict");

            approver.navigate(Browsers.BASE_URL + "/dashboard");
            assertThat(approver.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Items by state"))).isVisible();
            assertThat(approver.locator(".kpi").first()).isVisible();
            Browsers.screenshot(approver, "dashboard");
        }
    }
}
