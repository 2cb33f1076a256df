package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Sending a verdict back in real Chromium against the real services: an editor requests changes with a reason, the
 * reviewer finds the item back with them, reads the reason in its notes, resumes research from the previous draft,
 * changes the rating and resubmits, and the editor publishes the new verdict.
 */
class ChangesRequestedIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void aSentBackVerdictIsRevisedByItsReviewerAndThenPublished() {
        String marker = DeskSteps.marker("zc");
        String title = "Changes " + marker;
        String reason = "The 2001 comparison is wrong: the series was revised in 2005. Check it " + marker + ".";
        String revisedSummary = "The rate is right but the record claim does not hold " + marker + ".";
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            String reviewPath = ReviewSteps.take(reviewer, marker, title, ReviewSteps.UNEMPLOYMENT);
            ReviewSteps.addSource(reviewer);
            ReviewSteps.submitVerdict(reviewer, "TRUE", "The rate fell to 3.9 percent, a record low.",
                    "The statistics institute reports 3.9 percent for March.");

            editor.navigate(Browsers.BASE_URL + reviewPath);
            Locator approval = editor.locator("section.approval");
            approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request changes")).click();
            approval.getByLabel("What needs to change?").fill(reason);
            approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send back to researcher"))
                    .click();
            assertThat(editor.locator(".page-head .badge").first()).hasText("Changes requested");
            assertThat(approval).hasCount(0);

            // The reviewer finds the item back in the queue, still theirs.
            Locator card = DeskSteps.findInQueue(reviewer, marker, title);
            assertThat(card).hasCount(2);
            Locator sentBack = card.filter(new Locator.FilterOptions().setHasText(ReviewSteps.UNEMPLOYMENT));
            assertThat(sentBack.locator(".badges .badge").first()).hasText("Changes requested");
            assertThat(sentBack).containsText("with reviewer");
            sentBack.locator("a.card-title").click();
            reviewer.waitForURL(Browsers.BASE_URL + reviewPath);
            assertThat(reviewer.locator(".page-head .badge").first()).hasText("Changes requested");
            Locator notes = reviewer.locator("section[aria-labelledby=notes-title] li.note");
            assertThat(notes).hasCount(1);
            assertThat(notes.locator(".note-head strong")).hasText("editor");
            assertThat(notes.locator(".note-text")).hasText("Changes requested: " + reason);
            Browsers.screenshot(reviewer, "changes-requested");

            // Resuming starts from the submitted draft.
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume research")).click();
            assertThat(reviewer.locator(".page-head .badge").first()).hasText("In research");
            Locator form = reviewer.locator("section[aria-labelledby=verdict-form-title] form");
            assertThat(form.locator("input[name=rating][value=TRUE]")).isChecked();
            assertThat(form.getByLabel("Label shown to readers")).hasValue("True");
            assertThat(form.getByLabel("Summary")).hasValue("The rate fell to 3.9 percent, a record low.");
            ReviewSteps.submitVerdict(reviewer, "MOSTLY_TRUE", revisedSummary,
                    "March's 3.9 percent is correct; the lowest rate in the revised series dates from 2007.");

            ReviewSteps.approve(editor, reviewPath);
            Locator verdict = editor.getByTestId("verdict");
            assertThat(verdict.locator(".badges .badge")).hasText("Mostly true");
            assertThat(verdict.locator(".badges strong")).hasText("Mostly true");
            assertThat(verdict.locator(".verdict-summary")).hasText(revisedSummary);
            assertThat(verdict.locator("dt:text-is('Researched by') + dd")).hasText("reviewer");
            assertThat(verdict.locator("dt:text-is('Approved by') + dd")).hasText("editor");
            assertThat(verdict.getByTestId("public-link")).isVisible();
            Browsers.screenshot(editor, "changes-requested-published");
        }
    }
}
