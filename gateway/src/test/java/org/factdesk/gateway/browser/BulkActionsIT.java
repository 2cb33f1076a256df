package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Bulk actions on the review queue in real Chromium against the real services: an editor finds this run's two queued
 * claims by text search, selects both and hands them to a reviewer, or raises their priority, in one go, with the
 * outcome per item.
 */
class BulkActionsIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anEditorAssignsTwoSelectedItemsToAReviewerInOneAction() {
        String marker = DeskSteps.marker("zb");
        String title = "Bulk " + marker;
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            Locator ours = DeskSteps.findInQueue(editor, marker, title);
            assertThat(ours).hasCount(2);
            assertThat(editor.locator(".review-list li.card")).hasCount(2);

            for (int i = 0; i < 2; i++) {
                ours.nth(i).getByRole(AriaRole.CHECKBOX).check();
            }
            Locator bulk = editor.locator("form.bulk-actions");
            assertThat(bulk.getByRole(AriaRole.HEADING)).hasText("2 selected");
            bulk.getByLabel("Action").selectOption("assign");
            bulk.getByLabel("Assign to").selectOption("reviewer2");
            Browsers.screenshot(editor, "queue-bulk-assign");
            bulk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply to 2")).click();

            assertThat(editor.locator(".bulk-report [role=status]")).hasText("2 of 2 changed.");
            assertThat(bulk).hasCount(0);
            assertThat(ours.filter(new Locator.FilterOptions().setHasText("with reviewer2"))).hasCount(2);
            Browsers.screenshot(editor, "queue-bulk-done");
        }
    }

    @Test
    void anEditorRaisesTwoSelectedItemsToUrgentAndTheQueueOrdersThemSo() {
        String marker = DeskSteps.marker("zu");
        String title = "Raise " + marker;
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            Locator ours = DeskSteps.findInQueue(editor, marker, title);
            assertThat(ours).hasCount(2);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select all 2 shown")).click();
            Locator bulk = editor.locator("form.bulk-actions");
            bulk.getByLabel("Action").selectOption("priority");
            // The label wraps the select, so the options' names are part of its accessible name.
            bulk.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(Pattern.compile("^Priority")))
                    .selectOption("URGENT");
            bulk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply to 2")).click();
            assertThat(editor.locator(".bulk-report [role=status]")).hasText("2 of 2 changed.");

            // The priority belongs to the claim (article-service); the review queue takes it from claims.changed, so
            // the editor's next search shows both items urgent, and the queue's urgent filter finds exactly them.
            editor.getByLabel("Priority").selectOption("URGENT");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
                assertThat(ours.filter(new Locator.FilterOptions().setHasText("Urgent"))).hasCount(2,
                        new LocatorAssertions.HasCountOptions().setTimeout(2_000));
            });
            assertThat(editor.locator(".review-list li.card")).hasCount(2);
            Browsers.screenshot(editor, "queue-bulk-urgent");
        }
    }
}
