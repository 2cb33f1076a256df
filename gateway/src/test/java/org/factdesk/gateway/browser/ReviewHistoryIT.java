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
 * An item's history in real Chromium against the real services: after it is queued, researched, sent back,
 * resubmitted, published and corrected by three people, its history lists exactly those actions, oldest first, each
 * with who did it, the change of state and the reason given, for the reviewer and the editors alike.
 */
class ReviewHistoryIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void theHistoryListsEveryActionInOrderWithItsActor() {
        String marker = DeskSteps.marker("zh");
        String title = "History " + marker;
        String reason = "Name the source of the 2001 comparison " + marker + ".";
        String correctionNote = "The record claim was rated too kindly " + marker + ".";
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900);
                BrowserContext secondEditorBrowser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            String reviewPath = ReviewSteps.take(reviewer, marker, title, ReviewSteps.UNEMPLOYMENT);
            ReviewSteps.addSource(reviewer);
            reviewer.getByLabel("New note").fill("Asked the institute for the unadjusted series " + marker + ".");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
            assertThat(reviewer.locator("#notes-title")).hasText("Research notes (1)");
            ReviewSteps.submitVerdict(reviewer, "TRUE", "The rate fell to 3.9 percent.", "So says the institute.");

            editor.navigate(Browsers.BASE_URL + reviewPath);
            Locator approval = editor.locator("section.approval");
            approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request changes")).click();
            approval.getByLabel("What needs to change?").fill(reason);
            approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send back to researcher"))
                    .click();
            assertThat(editor.locator(".page-head .badge").first()).hasText("Changes requested");

            reviewer.reload();
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume research")).click();
            assertThat(reviewer.locator(".page-head .badge").first()).hasText("In research");
            ReviewSteps.submitVerdict(reviewer, "HALF_TRUE", "The rate is right; the record is not.",
                    "The 2001 comparison uses an older series.");

            Page secondEditor = Browsers.signIn(secondEditorBrowser, "editor2");
            ReviewSteps.approve(secondEditor, reviewPath);

            editor.reload();
            Locator panel = editor.locator("section.approval");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose a correction")).click();
            Locator form = panel.locator("form");
            form.getByLabel("Correction note shown to readers").fill(correctionNote);
            ReviewSteps.pickRating(form, "MOSTLY_FALSE");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose correction")).click();
            assertThat(editor.getByTestId("pending-correction")).isVisible();

            secondEditor.reload();
            secondEditor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish correction"))
                    .click();
            assertThat(secondEditor.locator(".page-head .badge").first()).hasText("Corrected");

            Pattern[] expected = {
                    entry("editor", "queue", ""),
                    entry("reviewer", "take (Queued → In research)", ""),
                    entry("reviewer", "source", "https://www.ine.es/en/prensa/epa_tabla_en.htm"),
                    entry("reviewer", "note", ""),
                    entry("reviewer", "submit (In research → Submitted)", ""),
                    entry("editor", "request changes (Submitted → Changes requested)", reason),
                    entry("reviewer", "take (Changes requested → In research)", ""),
                    entry("reviewer", "submit (In research → Submitted)", ""),
                    entry("editor2", "approve (Submitted → Published)", ""),
                    entry("editor", "propose correction", correctionNote),
                    entry("editor2", "correct (Published → Corrected)", "proposed by editor: " + correctionNote),
            };
            assertThat(history(secondEditor)).hasText(expected);
            Browsers.screenshot(secondEditor, "history-editor");
            reviewer.reload();
            assertThat(history(reviewer)).hasText(expected);
            assertThat(history(reviewer).locator("strong")).hasText(new String[] { "editor", "reviewer", "reviewer",
                    "reviewer", "reviewer", "editor", "reviewer", "reviewer", "editor2", "editor", "editor2" });
        }
    }

    private static Locator history(Page page) {
        return page.locator("section[aria-labelledby=history-title] ol.timeline > li");
    }

    /** One line of the history after its time: who, what (with the change of state) and the reason, if any. */
    private static Pattern entry(String actor, String action, String reason) {
        // Escaped by hand: the pattern runs as a JavaScript RegExp in the page, which has no \Q...\E quoting.
        return Pattern.compile("\\s" + (actor + " " + action + reason).replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$");
    }
}
