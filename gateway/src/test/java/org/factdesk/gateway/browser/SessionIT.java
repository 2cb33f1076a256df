package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Where a session ends, in real Chromium through the real Keycloak login page: an editor whose session ran out while
 * editing is taken through the login page back to the page they were on, and nothing of the refused save is stored;
 * "Sign out" ends the session, and Back does not bring the desk's data back.
 */
class SessionIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anEditorWhoseSessionEndedSignsInAgainAndReturnsToTheirPageWithNothingHalfSaved() {
        String marker = DeskSteps.marker("zs");
        String title = "Session " + marker;
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor");
            editor.navigate(Browsers.BASE_URL + "/articles/new");
            editor.getByLabel("Title").fill(title);
            editor.getByLabel("Article text").fill("The council approved 12 new schools in 2025, " + marker + " said.");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
            editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
            String articlePath = editor.url().substring(Browsers.BASE_URL.length());
            editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)).click();
            editor.waitForURL(Pattern.compile(".*" + Pattern.quote(articlePath) + "/edit$"));
            editor.getByLabel("Title").fill(title + " changed");

            // The editor was away longer than the session lives: Keycloak's session ended (SSO idle time) and the
            // browser dropped the gateway's session cookies, which live no longer than it.
            KeycloakAdmin.endSessionOf(browser);
            browser.clearCookies(new BrowserContext.ClearCookiesOptions().setName(Pattern.compile("^q_session")));

            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
            assertThat(editor.locator("#kc-login")).isVisible();
            Browsers.screenshot(editor, "session-ended-login");
            editor.locator("#username").fill("editor");
            editor.locator("#password").fill("editor");
            editor.locator("#kc-login").click();

            // Back where they were, with the stored article: the refused save left nothing behind.
            editor.waitForURL(Pattern.compile(Pattern.quote(Browsers.BASE_URL + articlePath) + "/edit$"));
            assertThat(editor.getByTestId("user")).isVisible();
            assertThat(editor.getByLabel("Title")).hasValue(title);
            Object stored = editor.evaluate("async path => (await (await fetch('/api' + path)).json()).title", articlePath);
            assertEquals(title, stored, "the article as the service stores it");
        }
    }

    @Test
    void signingOutEndsTheSessionAndBackDoesNotShowTheDesksData() {
        String marker = DeskSteps.marker("zo");
        String title = "Sign out " + marker;
        try (BrowserContext browser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(browser, "editor2");
            editor.navigate(Browsers.BASE_URL + "/articles/new");
            editor.getByLabel("Title").fill(title);
            editor.getByLabel("Article text").fill("Ferry fares rose 8 percent in 2024, " + marker + " reported.");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
            editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
            assertThat(editor.locator("#article-title")).hasText(title);

            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(editor.locator("#kc-login")).isVisible();
            assertEquals(401, browser.request().get(Browsers.BASE_URL + "/api/me").status(),
                    "the gateway no longer knows the browser");

            editor.goBack();
            assertThat(editor.locator("#kc-login")).isVisible();
            assertThat(editor.getByText(title)).hasCount(0);
            Browsers.screenshot(editor, "signed-out-back");

            // The app asks for the login page again: Keycloak's session ended too, so nobody is signed in silently.
            editor.navigate(Browsers.BASE_URL + "/articles");
            assertThat(editor.locator("#kc-login")).isVisible();
            assertThat(editor.getByTestId("user")).hasCount(0);
        }
    }
}
