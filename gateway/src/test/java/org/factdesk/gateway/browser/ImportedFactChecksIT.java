package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * Another organisation's fact-check in real Chromium against the real services: an editor uploads its ClaimReview
 * on the "Other fact-checkers" page, and "Already checked?" then offers it, with its publisher and link, when a claim
 * that says the same thing is queued.
 */
class ImportedFactChecksIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void anUploadedClaimReviewIsOfferedWhenTheSameClaimIsQueued() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = "https://checkers.example.org/" + marker;
        String claim = "Unemployment fell to 3.9 percent in March " + marker;
        String document = """
                {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
                  {"@type": "ClaimReview", "url": "%s", "claimReviewed": "%s", "datePublished": "2024-03-01",
                   "reviewRating": {"@type": "Rating", "alternateName": "False"},
                   "author": {"@type": "Organization", "name": "Example Checkers %s"}}]}"""
                .formatted(url, claim, marker);
        try (BrowserContext browser = BROWSERS.context(1280, 800)) {
            Page editor = Browsers.signIn(browser, "editor");
            editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Other fact-checkers")).click();
            editor.waitForURL(Pattern.compile(".*/other-checks$"));
            editor.getByLabel("File").setInputFiles(new FilePayload("checks.jsonld", "application/ld+json",
                    document.getBytes(StandardCharsets.UTF_8)));
            assertThat(editor.getByLabel(Pattern.compile("^JSON-LD"))).hasValue(document);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
            assertThat(editor.locator(".import-form [role=status]")).hasText("Imported 1 of 1.");
            Locator publisher = editor.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(Pattern.compile("^Example Checkers " + marker)));
            assertThat(publisher).hasAttribute("href", url);
            Browsers.screenshot(editor, "imported-fact-checks");

            // The same claim in a new article: queueing it first shows the other organisation's check.
            editor.navigate(Browsers.BASE_URL + "/articles/new");
            editor.getByLabel("Title").fill("Jobs " + marker);
            editor.getByLabel("Article text").fill(claim + ", the ministry said on Friday.");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
            editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
            editor.getByLabel("Select claim 1 for queueing").check();
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue selected (1)")).click();
            Locator check = editor.locator(".queue-check");
            assertThat(check.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Already checked?")))
                    .isVisible();
            // Earlier runs' imports say nearly the same thing and may be offered too: this run's is told by its marker.
            Locator ours = check.locator(".matches li").filter(new Locator.FilterOptions().setHasText(marker));
            assertThat(ours).hasCount(1);
            assertThat(ours.getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(Pattern.compile("^Example Checkers " + marker))))
                    .hasAttribute("href", url);
            assertThat(ours.locator(".badge-imported")).hasText("False");
            Browsers.screenshot(editor, "already-checked-elsewhere");
        }
    }
}
