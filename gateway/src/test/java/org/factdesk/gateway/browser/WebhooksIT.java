package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The Webhooks page in real Chromium against the real review-service: an admin is refused an address inside the
 * network, registers an endpoint and sees its secret once, rotates it, opens its delivery log and deletes it; an
 * editor has no such page.
 */
class WebhooksIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anAdminRegistersRotatesAndDeletesAnEndpointAndIsRefusedOneInsideTheNetwork() {
        // A public address literal (no DNS needed); this run's endpoint is told apart by its path.
        String url = "https://192.0.2.10/hooks/" + UUID.randomUUID();
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page admin = Browsers.signIn(browser, "admin");
            admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks")).click();
            admin.waitForURL(Pattern.compile(".*/webhooks$"));
            Locator form = admin.locator("form.webhook-form");

            form.getByLabel("URL").fill("https://10.1.2.3/hooks");
            form.getByLabel("Verdict published").check();
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add endpoint")).click();
            assertThat(form).containsText("10.1.2.3 resolves to 10.1.2.3, a private address");
            assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Signing secret")))
                    .hasCount(0);

            form.getByLabel("URL").fill(url);
            form.getByLabel("Description").fill("Newsroom CMS");
            form.getByLabel("Verdict corrected").check();
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add endpoint")).click();
            Locator secretBox = admin.locator(".secret-box");
            assertThat(secretBox.getByRole(AriaRole.HEADING)).hasText("Signing secret");
            assertThat(secretBox.getByLabel("Secret")).hasValue(Pattern.compile("^whsec_[A-Za-z0-9+/]{43}=$"));
            Browsers.screenshot(admin, "webhook-secret-once");
            secretBox.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I have stored it")).click();
            assertThat(secretBox).hasCount(0);

            Locator card = admin.locator("article.webhook").filter(new Locator.FilterOptions().setHas(
                    admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(url))));
            assertThat(card).hasCount(1);
            assertThat(card).containsText("Verdict published, Verdict corrected");
            assertThat(card).containsText("Newsroom CMS");

            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rotate secret")).click();
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rotate now")).click();
            Locator rotated = admin.locator(".secret-box");
            assertThat(rotated.getByRole(AriaRole.HEADING)).hasText("New signing secret");
            assertThat(rotated).containsText("The previous secret keeps signing beside this one until");

            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deliveries")).click();
            assertThat(admin.locator("section.delivery-log")).isVisible();
            Browsers.screenshot(admin, "webhook-delivery-log");

            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete endpoint")).click();
            assertThat(admin.locator("article.webhook").filter(new Locator.FilterOptions().setHasText(url)))
                    .hasCount(0);
        }
        try (BrowserContext browser = BROWSERS.context(1280, 800)) {
            Page editor = Browsers.signIn(browser, "editor");
            assertThat(editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Other fact-checkers")))
                    .isVisible();
            assertThat(editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks"))).hasCount(0);
        }
    }
}
