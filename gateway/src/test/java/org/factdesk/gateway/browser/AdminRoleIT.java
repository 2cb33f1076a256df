package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What only admins may do, in real Chromium against the real services: the Webhooks page is in the admin's menu
 * beside everything editors and reviewers have, while an editor or a reviewer has no such entry, gets "Your role does
 * not give access to this page." at its address, and is refused by the review-service when calling it by hand.
 * (WebhooksIT covers what the admin does on the page.)
 */
class AdminRoleIT {

    private static final String NOT_ALLOWED = "Your role does not give access to this page.";

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void theAdminHasTheWebhooksPageBesideTheEditorsAndReviewersPages() {
        try (BrowserContext browser = BROWSERS.context(1280, 800)) {
            Page admin = Browsers.signIn(browser, "admin");
            assertThat(menu(admin)).hasText(new String[] { "Articles", "Review queue", "Approvals", "Dashboard",
                    "Other fact-checkers", "Webhooks" });
            admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks")).click();
            admin.waitForURL(Pattern.compile(".*/webhooks$"));
            assertThat(admin.locator("#webhooks-title")).hasText("Webhooks");
            assertThat(admin.locator("form.webhook-form")).isVisible();
            assertThat(admin.locator("main [role=alert]")).hasCount(0);
            assertEquals(200, webhooksStatus(admin), "the review-service lists the endpoints to an admin");
        }
    }

    @Test
    void editorsAndReviewersHaveNoWebhooksPageNorItsApi() {
        Map<String, String[]> menus = Map.of(
                "editor", new String[] { "Articles", "Review queue", "Approvals", "Dashboard", "Other fact-checkers" },
                "reviewer", new String[] { "Articles", "Review queue", "Dashboard", "Other fact-checkers" });
        for (String user : List.of("editor", "reviewer")) {
            try (BrowserContext browser = BROWSERS.context(1280, 800)) {
                Page page = Browsers.signIn(browser, user);
                assertThat(menu(page)).hasText(menus.get(user));

                page.navigate(Browsers.BASE_URL + "/webhooks");
                assertThat(page.locator("main")).containsText(NOT_ALLOWED);
                assertThat(page.locator("form.webhook-form")).hasCount(0);
                Browsers.screenshot(page, "webhooks-not-allowed-" + user);
                assertEquals(403, webhooksStatus(page), user + " is refused the endpoints by the review-service");
            }
        }
    }

    private static Locator menu(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")).getByRole(AriaRole.LINK);
    }

    private static int webhooksStatus(Page page) {
        return ((Number) page.evaluate("async () => (await fetch('/api/reviews/webhooks')).status")).intValue();
    }
}
