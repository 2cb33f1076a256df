package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The inbox in real Chromium against the real services: a reviewer with the inbox open sees work an editor hands
 * them arrive live (no reload), with the unread count in the header, and opening a notification takes them to the
 * review and marks it read. (AccessibilityIT audits both pages with axe-core.)
 */
class NotificationsIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void aReviewerSeesAssignedWorkArriveInTheirInboxLive() {
        String marker = DeskSteps.marker("zn");
        String title = "Inbox " + marker;
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900)) {
            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer2");
            reviewer.navigate(Browsers.BASE_URL + "/inbox");
            assertThat(reviewer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbox"))).isVisible();
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read")).click();
            assertThat(reviewer.getByTestId("unread-count")).hasCount(0);
            reviewer.getByLabel("Unread only").check();
            assertThat(reviewer.getByText("Nothing unread.")).isVisible();

            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            Locator ours = DeskSteps.findInQueue(editor, marker, title);
            assertThat(ours).hasCount(2);
            for (int i = 0; i < 2; i++) {
                ours.nth(i).getByRole(AriaRole.CHECKBOX).check();
            }
            Locator bulk = editor.locator("form.bulk-actions");
            bulk.getByLabel("Action").selectOption("assign");
            bulk.getByLabel("Assign to").selectOption("reviewer2");
            bulk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply to 2")).click();
            assertThat(editor.locator(".bulk-report [role=status]")).hasText("2 of 2 changed.");

            // The reviewer's page was never reloaded: both arrive over the live stream.
            Locator arrived = reviewer.getByTestId("notification").filter(new Locator.FilterOptions().setHasText(marker));
            assertThat(arrived).hasCount(2);
            assertThat(reviewer.getByTestId("notification")).hasCount(2);
            assertThat(arrived.first()).containsText("Assigned to you");
            assertThat(arrived.first()).containsText("by editor");
            assertThat(reviewer.getByTestId("unread-count")).hasText("2");
            assertThat(reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inbox, 2 unread")))
                    .isVisible();
            Browsers.screenshot(reviewer, "inbox-live");

            arrived.first().getByRole(AriaRole.LINK).click();
            reviewer.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
            assertThat(reviewer.getByTestId("unread-count")).hasText("1");

            // Nobody else hears of it: the editor acted, and the stream carries only a user's own notifications.
            editor.navigate(Browsers.BASE_URL + "/inbox");
            assertThat(editor.getByTestId("notification").filter(new Locator.FilterOptions().setHasText(marker)))
                    .hasCount(0);
        }
    }

    @Test
    void eachPersonChoosesWhichNotificationsComeByMail() {
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page reviewer = Browsers.signIn(browser, "reviewer");
            reviewer.navigate(Browsers.BASE_URL + "/settings");
            Locator published = reviewer.getByLabel("Published");
            assertThat(published).isVisible();
            // Whatever an earlier run left: flip it, see it stored, and put it back.
            boolean before = published.isChecked();
            published.setChecked(!before);
            save(reviewer);
            reviewer.reload();
            assertThat(reviewer.getByLabel("Published")).isChecked(new LocatorAssertions.IsCheckedOptions()
                    .setChecked(!before));
            reviewer.getByLabel("Published").setChecked(before);
            save(reviewer);
            reviewer.reload();
            assertThat(reviewer.getByLabel("Published")).isChecked(new LocatorAssertions.IsCheckedOptions()
                    .setChecked(before));
        }
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Saved.")))
                .isVisible();
    }
}
