package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * The UI's second language in real Chromium: a user switches to Spanish in the header, the desk speaks Spanish at once
 * with {@code <html lang="es">}, and a reload keeps it because the choice is stored with the user's preferences. The
 * test always switches back, so no other test meets a Spanish desk.
 */
class LanguagesIT {

    private static final Pattern SELECTOR = Pattern.compile("Interface language|Idioma de la interfaz");

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void aUserSwitchesTheDeskToSpanishAndTheChoiceIsKept() {
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page page = Browsers.signIn(browser, "reviewer2");
            try {
                choose(page, "es");
                assertThat(page.locator("html")).hasAttribute("lang", "es");
                assertThat(page.locator("html")).hasAttribute("dir", "ltr");
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cola de revisión")))
                        .isVisible();
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión")))
                        .isVisible();

                page.reload();
                assertThat(page.locator("html")).hasAttribute("lang", "es");
                assertThat(page.getByLabel("Idioma de la interfaz")).hasValue("es");
                page.navigate(Browsers.BASE_URL + "/inbox");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bandeja de entrada")))
                        .isVisible();
                Browsers.screenshot(page, "inbox-es");
            } finally {
                if (!"en".equals(page.locator("html").getAttribute("lang"))) {
                    choose(page, "en");
                }
                assertThat(page.locator("html")).hasAttribute("lang", "en");
            }
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue"))).isVisible();
        }
    }

    /** Picks the language in the header and waits until the choice is stored. */
    private static void choose(Page page, String language) {
        Locator selector = page.getByLabel(SELECTOR);
        Response saved = page.waitForResponse(
                response -> response.url().endsWith("/api/reviews/me/preferences")
                        && "PUT".equals(response.request().method()),
                () -> selector.selectOption(language));
        if (saved.status() != 200) {
            throw new AssertionError("storing the language answered " + saved.status() + ": " + saved.text());
        }
    }
}
