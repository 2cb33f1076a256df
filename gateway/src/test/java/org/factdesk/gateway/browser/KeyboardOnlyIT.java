package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The desk's main loop with the keyboard alone, in real Chromium against the real services: after signing in, no
 * click and no programmatic fill. Every control is reached with Tab (bounded, so an unreachable one fails the test),
 * pressed with Enter or Space, written into with typed keys, and pages are changed with the desk's shortcuts.
 */
class KeyboardOnlyIT {

    /** More than any view needs between two controls of the loop; a control past it counts as unreachable. */
    private static final int MAX_TABS = 120;

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anEditorQueuesAReviewerResearchesAndASecondEditorPublishesByKeyboard() {
        String marker = DeskSteps.marker("zk");
        String title = "Keyboard " + marker;
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900);
                BrowserContext approverBrowser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(editorBrowser, "editor");
            editor.keyboard().press("n");
            editor.waitForURL(Pattern.compile(".*/articles/new$"));
            type(editor, editor.getByLabel("Title"), title);
            type(editor, editor.getByLabel("Article text"), "Unemployment fell to 3.9 percent in March, the lowest rate "
                    + "since 2001, " + marker + " figures show.");
            press(editor, editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")),
                    "Enter");
            editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
            press(editor, editor.getByLabel("Select claim 1 for queueing"), "Space");
            press(editor, editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue selected (1)")),
                    "Enter");
            press(editor, editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue 1 claim")), "Enter");
            assertThat(editor.locator("#tracked-title")).hasText("In the desk (1)");

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            reviewer.keyboard().press("g");
            reviewer.keyboard().press("q");
            reviewer.waitForURL(Pattern.compile(".*/queue$"));
            reviewer.keyboard().press("/");
            reviewer.keyboard().type(marker);
            reviewer.keyboard().press("Enter");
            Locator card = reviewer.locator(".review-list li.card").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(card).hasCount(1);
            press(reviewer, card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")), "Enter");
            reviewer.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
            String reviewPath = reviewer.url().substring(Browsers.BASE_URL.length());

            Locator source = reviewer.locator("form.source-form");
            type(reviewer, source.getByLabel("URL"), "https://www.example.gov/labour/2026-03");
            type(reviewer, source.getByLabel("Title"), "Labour market statistics, March");
            type(reviewer, source.getByLabel("Publisher"), "Statistics office");
            type(reviewer, source.getByLabel("Relevant quote"), "The unemployment rate was 4.1 percent in March.");
            press(reviewer, source.getByLabel("Primary source"), "Space");
            press(reviewer, source.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add source")), "Enter");
            assertThat(reviewer.locator("#evidence-title")).hasText("Evidence (1)");

            // A radio group is one Tab stop; the arrow keys move the choice within it.
            Locator ratings = reviewer.locator("input[name=rating]");
            press(reviewer, ratings.first(), "Space");
            Locator mostlyFalse = reviewer.locator("label.rating-option.rating-mostly-false input");
            for (int i = 0; i < 10 && !mostlyFalse.isChecked(); i++) {
                reviewer.keyboard().press("ArrowDown");
            }
            assertThat(mostlyFalse).isChecked();
            type(reviewer, reviewer.getByLabel("Summary"), "The official figure for March is 4.1 percent.");
            type(reviewer, reviewer.getByLabel("Explanation"), "The statistics office reports 4.1 percent, not 3.9.");
            press(reviewer, reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")),
                    "Enter");
            assertThat(reviewer.locator(".page-head .badge").first()).hasText("Submitted");

            Page approver = Browsers.signIn(approverBrowser, "editor2");
            approver.keyboard().press("g");
            approver.keyboard().press("p");
            approver.waitForURL(Pattern.compile(".*/approvals$"));
            Locator ours = approver.locator(".review-list li.card").filter(new Locator.FilterOptions().setHasText(title));
            press(approver, ours.locator("a.card-title"), "Enter");
            approver.waitForURL(Pattern.compile(".*" + Pattern.quote(reviewPath) + "$"));
            press(approver, approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")),
                    "Enter");
            assertThat(approver.locator(".page-head .badge").first()).hasText("Published");
        }
    }

    /** Moves the focus to the control with Tab, as a keyboard user does, and types into it. */
    private static void type(Page page, Locator control, String text) {
        tabTo(page, control);
        page.keyboard().type(text);
    }

    /** Moves the focus to the control with Tab and presses the key (Enter for buttons and links, Space for boxes). */
    private static void press(Page page, Locator control, String key) {
        tabTo(page, control);
        page.keyboard().press(key);
    }

    private static void tabTo(Page page, Locator control) {
        control.waitFor();
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(control.evaluate("element => element === document.activeElement"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("not reachable with Tab within " + MAX_TABS + " presses: " + control);
    }
}
