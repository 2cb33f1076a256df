package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.vertx.core.json.JsonObject;

/**
 * "Copy JSON-LD" in real Chromium against the real services: on a published item it puts the ClaimReview on the
 * clipboard, ready to paste into the newsroom's CMS: valid JSON-LD naming the claim, its rating and the public page.
 */
class CopyClaimReviewIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void copyJsonLdPutsThePublishedClaimReviewOnTheClipboard() {
        String marker = DeskSteps.marker("zj");
        String title = "Copy " + marker;
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900)) {
            editorBrowser.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            String reviewPath = ReviewSteps.take(reviewer, marker, title, ReviewSteps.UNEMPLOYMENT);
            String claim = reviewer.locator("#review-title").textContent();
            ReviewSteps.addSource(reviewer);
            ReviewSteps.submitVerdict(reviewer, "MOSTLY_TRUE", "The rate is right; the record needs context.",
                    "The institute reports 3.9 percent for March.");
            ReviewSteps.approve(editor, reviewPath);
            String publicUrl = editor.getByTestId("verdict").getByTestId("public-link").locator("a").getAttribute("href");

            Locator jsonLd = editor.locator("section[aria-labelledby=jsonld-title]");
            jsonLd.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show JSON-LD")).click();
            assertThat(jsonLd.locator("pre.code")).containsText("ClaimReview");
            jsonLd.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy JSON-LD")).click();
            assertThat(jsonLd.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copied"))).isVisible();
            Browsers.screenshot(editor, "jsonld-copied");

            String copied = (String) editor.evaluate("() => navigator.clipboard.readText()");
            JsonObject review = new JsonObject(copied);
            assertEquals("https://schema.org", review.getString("@context"));
            assertEquals("ClaimReview", review.getString("@type"));
            assertEquals(claim, review.getString("claimReviewed"));
            assertEquals(publicUrl, review.getString("url"));
            JsonObject rating = review.getJsonObject("reviewRating");
            assertEquals("Rating", rating.getString("@type"));
            assertEquals(4, rating.getInteger("ratingValue"));
            assertEquals(5, rating.getInteger("bestRating"));
            assertEquals(1, rating.getInteger("worstRating"));
            assertEquals("Mostly true", rating.getString("alternateName"));
            // What is copied is what the page shows.
            assertEquals(new JsonObject(jsonLd.locator("pre.code").textContent()), review);
        }
    }
}
