package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * axe-core on every view of the desk, signed in as an admin (who sees them all), at desktop and at phone width
 * (390 px, screenshots in target/screenshots/phone-*.png): no violation of impact serious or critical. The article
 * and review views show an article and a queued claim of this run.
 */
class AccessibilityIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void everyDeskViewIsFreeOfSeriousAndCriticalViolationsOnDesktopAndPhone() {
        String marker = "za" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String articlePath;
        String reviewPath;
        try (BrowserContext setup = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(setup, "editor");
            editor.navigate(Browsers.BASE_URL + "/articles/new");
            editor.getByLabel("Title").fill("Accessible " + marker);
            editor.getByLabel("Article text").fill("The city spent 4.2 million euros on buses in 2024, " + marker
                    + " officials said. Ridership rose by 12 percent, the transport office reported.");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
            editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
            articlePath = editor.url().substring(Browsers.BASE_URL.length());
            editor.getByLabel("Select claim 1 for queueing").check();
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue selected (1)")).click();
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue 1 claim")).click();
            assertThat(editor.locator("#tracked-title")).hasText("In the desk (1)");

            editor.navigate(Browsers.BASE_URL + "/queue");
            editor.getByLabel("State").selectOption("");
            editor.getByLabel("Search claims").fill(marker);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(editor.locator(".review-list li.card")).hasCount(1);
            reviewPath = editor.locator(".review-list li.card a.card-title").getAttribute("href");
        }

        Map<String, String> views = new LinkedHashMap<>();
        views.put("articles", "/articles");
        views.put("new-article", "/articles/new");
        views.put("article", articlePath);
        views.put("queue", "/queue");
        views.put("review", reviewPath);
        views.put("approvals", "/approvals");
        views.put("dashboard", "/dashboard");
        views.put("other-checks", "/other-checks");
        views.put("webhooks", "/webhooks");
        views.put("inbox", "/inbox");
        views.put("settings", "/settings");

        List<Executable> checks = new ArrayList<>();
        for (int width : new int[] { 1280, 390 }) {
            try (BrowserContext browser = BROWSERS.auditingContext(width, 900)) {
                Page admin = Browsers.signIn(browser, "admin");
                views.forEach((name, path) -> {
                    admin.navigate(Browsers.BASE_URL + path);
                    assertThat(admin.locator("main h1").first()).isVisible();
                    // Loading states end before the audit: the view's own content is what is checked.
                    assertThat(admin.locator("main .state-loading")).hasCount(0);
                    if (width == 390) {
                        Browsers.screenshot(admin, "phone-" + name);
                    }
                    try {
                        Browsers.assertNoSeriousViolations(admin, name + " view at " + width + " px");
                    } catch (AssertionError e) {
                        checks.add(() -> {
                            throw e;
                        });
                    }
                });
            }
        }
        assertAll("axe-core on every view", checks);
    }
}
