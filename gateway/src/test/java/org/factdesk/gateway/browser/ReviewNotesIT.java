package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Research notes in real Chromium against the real services: a reviewer writes a note on the item they research, an
 * editor answers it with "Reply", and both see one thread, the note and the reply under it, with their authors in
 * order, and nothing else.
 */
class ReviewNotesIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anEditorsReplyIsThreadedUnderTheReviewersNoteForBoth() {
        String marker = DeskSteps.marker("zr");
        String title = "Notes " + marker;
        String note = "The ministry's March release says 3.9 percent, but it is seasonally adjusted " + marker + ".";
        String reply = "Quote the unadjusted figure too, readers compare it with last year " + marker + ".";
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            String reviewPath = ReviewSteps.take(reviewer, marker, title, ReviewSteps.UNEMPLOYMENT);
            assertThat(reviewer.locator("#notes-title")).hasText("Research notes (0)");
            reviewer.getByLabel("New note").fill(note);
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
            assertThat(reviewer.locator("#notes-title")).hasText("Research notes (1)");

            editor.navigate(Browsers.BASE_URL + reviewPath);
            Locator notes = editor.locator("section[aria-labelledby=notes-title]");
            Locator reviewersNote = notes.locator("ul.notes > li.note");
            assertThat(reviewersNote).hasCount(1);
            reviewersNote.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reply")).click();
            reviewersNote.getByLabel("Reply to reviewer").fill(reply);
            reviewersNote.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reply")).click();
            assertThat(editor.locator("#notes-title")).hasText("Research notes (2)");
            assertThread(editor, note, reply);
            Browsers.screenshot(editor, "notes-thread-editor");

            // Notes announce no event, so the reviewer sees the reply when they next load the item.
            reviewer.reload();
            assertThread(reviewer, note, reply);
            Browsers.screenshot(reviewer, "notes-thread-reviewer");
        }
    }

    /** Exactly one thread: the reviewer's note with the editor's reply nested under it. */
    private static void assertThread(Page page, String note, String reply) {
        Locator notes = page.locator("section[aria-labelledby=notes-title]");
        assertThat(page.locator("#notes-title")).hasText("Research notes (2)");
        Locator roots = notes.locator("ul.notes:not(.replies) > li.note");
        assertThat(roots).hasCount(1);
        assertThat(roots.locator(":scope > .note-head strong")).hasText("reviewer");
        assertThat(roots.locator(":scope > .note-text")).hasText(note);
        Locator replies = roots.locator("ul.replies > li.note");
        assertThat(replies).hasCount(1);
        assertThat(replies.locator(".note-head strong")).hasText("editor");
        assertThat(replies.locator(".note-text")).hasText(reply);
        // Every entry in reading order: the note, then its reply.
        assertThat(notes.locator("li.note .note-head strong")).hasText(new String[] { "reviewer", "editor" });
        assertThat(notes.locator("li.note .note-text")).hasText(new String[] { note, reply });
    }
}
