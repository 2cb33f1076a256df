package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.vertx.core.json.JsonObject;

/**
 * "Not a claim" in real Chromium against the real services: a reviewer rates a queued sentence as not checkable,
 * without sources (the one rating that needs none); once an editor approves, the article marks it "Not a claim"
 * live, and it is published like any verdict: a public page that says the rating is off the true-false scale and
 * has no sources, and a ClaimReview whose rating is the name "Not a claim" alone, without a numeric value.
 */
class NotAClaimIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void aSentenceRatedNotAClaimIsMarkedSoInTheArticleAndPublishedWithoutANumericRating() {
        String marker = DeskSteps.marker("zx");
        String title = "Not a claim " + marker;
        String summary = "A budget line of the city, not a claim anyone made " + marker + ".";
        String publicUrl;
        String claim;
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900)) {
            Page article = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(article, title, marker);

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            String reviewPath = ReviewSteps.take(reviewer, marker, title, ReviewSteps.BUSES);
            claim = reviewer.locator("#review-title").textContent();
            assertThat(reviewer.locator("#evidence-title")).hasText("Evidence (0)");
            ReviewSteps.submitVerdict(reviewer, "NOT_A_CLAIM", summary,
                    "The sentence reports the city's own spending; there is no statement to check.");

            // The editor approves in a second tab; the article stays open in the first.
            Page editor = editorBrowser.newPage();
            ReviewSteps.approve(editor, reviewPath);
            Locator verdict = editor.getByTestId("verdict");
            assertThat(verdict.locator(".badges .badge")).hasText("Not a claim");
            assertThat(verdict.locator(".badges strong")).hasText("Not a claim");
            publicUrl = verdict.getByTestId("public-link").locator("a").getAttribute("href");

            // The desk's ClaimReview carries the rating by name only.
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show JSON-LD")).click();
            assertNameOnlyRating(new JsonObject(editor.locator("pre.code").textContent()), claim);

            Locator rows = article.locator(".claim-list li");
            assertThat(rows).hasCount(2);
            Locator rated = rows.filter(new Locator.FilterOptions().setHasText(ReviewSteps.BUSES));
            // The first badge is the claim's state or verdict; the priority's follows it.
            assertThat(rated.locator(".badge").first()).hasText("Not a claim");
            assertThat(rows.filter(new Locator.FilterOptions().setHasText(ReviewSteps.UNEMPLOYMENT)).locator(".badge")
                    .first()).hasText("Queued");
            Locator mark = article.locator(".article-body mark.claim.rating-not-a-claim");
            assertThat(mark).hasCount(1);
            assertThat(mark).hasAttribute("title", "Claim, verdict Not a claim");
            mark.click();
            Locator claimVerdict = article.getByTestId("claim-verdict");
            assertThat(claimVerdict.locator(".badge")).hasText("Not a claim");
            assertThat(claimVerdict).containsText(summary);
            Browsers.screenshot(article, "not-a-claim-article");
        }

        try (BrowserContext readerBrowser = BROWSERS.context(1280, 900)) {
            Page reader = readerBrowser.newPage();
            reader.navigate(publicUrl);
            assertThat(reader.locator("article.fact-check h1")).hasText(claim);
            assertThat(reader.locator("#verdict-heading")).hasText("Our rating: Not a claim");
            assertThat(reader.locator(".scale-note")).hasText("This rating is not on the true–false scale.");
            assertThat(reader.locator("ol.scale")).hasCount(0);
            assertThat(reader.locator("section[aria-labelledby=sources-heading] p"))
                    .hasText("No sources: this statement is not a factual claim.");
            Browsers.screenshot(reader, "not-a-claim-public");
            JsonObject markup = new JsonObject(reader.locator("script[type='application/ld+json']").textContent());
            assertNameOnlyRating(markup, claim);
            assertEquals(publicUrl, markup.getString("url"));
        }
    }

    private static void assertNameOnlyRating(JsonObject review, String claim) {
        assertEquals("ClaimReview", review.getString("@type"));
        assertEquals(claim, review.getString("claimReviewed"));
        JsonObject rating = review.getJsonObject("reviewRating");
        assertEquals("Not a claim", rating.getString("alternateName"));
        for (String scale : Set.of("ratingValue", "bestRating", "worstRating")) {
            assertFalse(rating.containsKey(scale), scale + " in " + rating.encode());
        }
    }
}
