package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What a user sees when the desk cannot do what they asked, in real Chromium against the real services: an address
 * of a review or article that does not exist shows the service's not-found answer inside the app (no blank page, no
 * stack trace), and the second of two reviewers taking the same item is told that it changed meanwhile and sees who
 * has it now.
 */
class ErrorStatesIT {

    /** What a leaked stack trace or a crashed React tree would show. */
    private static final Pattern TECHNICAL = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|TypeError|undefined");

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anUnknownReviewOrArticleShowsNotFoundInsideTheApp() {
        String review = UUID.randomUUID().toString();
        String article = UUID.randomUUID().toString();
        try (BrowserContext browser = BROWSERS.context(1280, 800)) {
            Page reviewer = Browsers.signIn(browser, "reviewer");
            List<String> pageErrors = new CopyOnWriteArrayList<>();
            reviewer.onPageError(pageErrors::add);

            reviewer.navigate(Browsers.BASE_URL + "/reviews/" + review);
            Locator alert = reviewer.locator("main [role=alert]");
            assertThat(alert).containsText("no review " + review);
            assertThat(alert).not().containsText(TECHNICAL);
            assertThat(alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Try again"))).isVisible();
            assertThat(reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue"))).isVisible();
            Browsers.screenshot(reviewer, "review-not-found");

            reviewer.navigate(Browsers.BASE_URL + "/articles/" + article);
            assertThat(reviewer.locator("main [role=alert]")).containsText("no article with id " + article);
            assertThat(reviewer.locator("main [role=alert]")).not().containsText(TECHNICAL);

            // The app still works from there.
            reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue")).click();
            assertThat(reviewer.locator("#queue-title")).hasText("Review queue");
            assertEquals(List.of(), pageErrors, "no uncaught error in the page");
        }
    }

    @Test
    void theSecondReviewerToTakeAnItemIsToldItChangedAndSeesWhoHasItNow() {
        String marker = DeskSteps.marker("zv");
        String title = "Stale " + marker;
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext firstBrowser = BROWSERS.context(1280, 900);
                BrowserContext secondBrowser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            Page first = Browsers.signIn(firstBrowser, "reviewer");
            Locator firstCards = DeskSteps.findInQueue(first, marker, title);
            assertThat(firstCards).hasCount(2);
            String reviewId = firstCards.first().getAttribute("data-review-id");

            // The second reviewer's live updates are cut, so their queue still shows the item as free to take.
            secondBrowser.route("**/api/live", route -> route.abort());
            Page second = Browsers.signIn(secondBrowser, "reviewer2");
            Locator secondCards = DeskSteps.findInQueue(second, marker, title);
            assertThat(secondCards).hasCount(2);
            Locator contested = second.locator(".review-list li.card[data-review-id='" + reviewId + "']");
            assertThat(contested).containsText("Queued");

            firstCards.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
            first.waitForURL(Pattern.compile(".*/reviews/" + reviewId + "$"));

            contested.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
            Locator refusal = second.locator("main [role=alert]");
            assertThat(refusal).containsText("stale version");
            assertThat(refusal).containsText("reload it and try again");
            // The queue reloaded on the refusal: the item shows who has it, and it is no longer offered.
            assertThat(contested).containsText("In research");
            assertThat(contested).containsText(Pattern.compile("with reviewer(?!2)"));
            assertThat(contested.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take"))).hasCount(0);
            assertThat(second).hasURL(Pattern.compile(".*/queue$"));
            Browsers.screenshot(second, "queue-stale-take");
        }
    }
}
