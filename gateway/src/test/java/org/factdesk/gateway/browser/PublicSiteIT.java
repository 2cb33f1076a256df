package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.factdesk.gateway.publishing.JsonLdDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Publishing as readers meet it: an editor and a reviewer publish a verdict, the editor signs out, and a fresh
 * browser that never signed in opens the public page from the verdict's link: the rating, the sources and a
 * parseable ClaimReview are there, axe-core finds no serious or critical violation (desktop and phone), and the
 * Atom feed and the sitemap list the page.
 */
class PublicSiteIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void aPublishedVerdictIsReadableByAnyoneWithItsClaimReviewAndIsListedInTheFeedAndSitemap() throws Exception {
        String title = "Public site " + UUID.randomUUID();
        String publicUrl;
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 800);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 800)) {
            Page editor = Browsers.signIn(editorBrowser, "editor");
            editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New article")).click();
            editor.getByLabel("Title").fill(title);
            editor.getByLabel("Author").fill("AI");
            editor.getByLabel("Article text").fill(SharedArticles.read("article-1.txt"));
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and find claims")).click();
            editor.waitForURL(Pattern.compile(".*/articles/[0-9a-f-]{36}$"));
            String claim = editor.locator("ol.suggestions > li").nth(0).locator(".claim-row-text").textContent();
            editor.getByLabel("Select claim 1 for queueing").check();
            // Urgent and due soon, so it leads the reviewer's queue whatever earlier runs left there.
            editor.locator(".bulk select").selectOption("URGENT");
            editor.locator(".bulk input[type=datetime-local]").fill(java.time.LocalDateTime.now().plusHours(1)
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue selected (1)")).click();
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Queue 1 claim"))).click();
            assertThat(editor.locator("#tracked-title")).hasText("In the desk (1)");

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            reviewer.getByLabel("Priority").selectOption("URGENT");
            Locator card = reviewer.locator(".review-list li.card").filter(new Locator.FilterOptions().setHasText(title));
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
            reviewer.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
            String reviewPath = reviewer.url().substring(Browsers.BASE_URL.length());
            Locator sourceForm = reviewer.locator("form.source-form");
            sourceForm.getByLabel("URL").fill("https://www.reuters.com/world/europe/kremlin-readout");
            sourceForm.getByLabel("Title").fill("Kremlin readout of the call");
            sourceForm.getByLabel("Publisher").fill("Reuters");
            sourceForm.getByLabel("Relevant quote").fill("The Kremlin said the talks lasted about two hours.");
            sourceForm.getByLabel("Primary source").check();
            sourceForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add source")).click();
            assertThat(reviewer.locator("#evidence-title")).hasText("Evidence (1)");
            reviewer.locator("label.rating-option").filter(new Locator.FilterOptions().setHasText("Mostly false")).click();
            reviewer.getByLabel("Summary").fill("The official readouts do not support the figure.");
            reviewer.getByLabel("Explanation").fill("Both governments' readouts give a different number.");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
            assertThat(reviewer.locator(".page-head .badge").first()).hasText("Submitted");

            editor.navigate(Browsers.BASE_URL + reviewPath);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
            assertThat(editor.locator(".page-head .badge").first()).hasText("Published");
            Locator link = editor.getByTestId("public-link").locator("a");
            assertThat(link).isVisible();
            publicUrl = link.getAttribute("href");
            assertTrue(publicUrl.matches(Pattern.quote(Browsers.BASE_URL) + "/fact-checks/[a-z0-9-]+"), publicUrl);

            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            // Keycloak ends its session and sends the browser back to /, which asks for a login again.
            assertThat(editor.locator("#kc-login")).isVisible();
            assertTrue(claim != null && !claim.isBlank());
        }

        String path = publicUrl.substring(Browsers.BASE_URL.length());
        for (int[] viewport : List.of(new int[] { 1280, 800 }, new int[] { 375, 740 })) {
            try (BrowserContext reader = BROWSERS.auditingContext(viewport[0], viewport[1])) {
                Page page = reader.newPage();
                Response response = new Response(page.navigate(publicUrl));
                assertEquals(200, response.status, "no login for the public page");
                assertThat(page.locator("#verdict-heading")).hasText("Our rating: Mostly false");
                assertThat(page.locator(".sources")).containsText("Kremlin readout of the call");
                assertThat(page.locator(".sources")).containsText("Reuters");
                String markup = page.locator("script[type='application/ld+json']").textContent();
                JsonObject review = JsonLdDocuments.expandOne(markup);
                assertEquals(JsonLdDocuments.SCHEMA + "ClaimReview", JsonLdDocuments.type(review));
                assertEquals(publicUrl, JsonLdDocuments.id(review, "url"));
                assertEquals("Mostly false",
                        JsonLdDocuments.value(JsonLdDocuments.object(review, "reviewRating"), "alternateName")
                                .substring(0, "Mostly false".length()),
                        "label of the rating");
                Browsers.screenshot(page, "public-fact-check-" + viewport[0]);
                Browsers.assertNoSeriousViolations(page, "fact-check page at " + viewport[0] + " px");
                page.navigate(Browsers.BASE_URL + "/fact-checks");
                assertThat(page.locator(".fact-list")).isVisible();
                Browsers.assertNoSeriousViolations(page, "list page at " + viewport[0] + " px");
            }
        }

        try (BrowserContext crawler = BROWSERS.context(1280, 800)) {
            // The gateway's cached feed and sitemap are renewed when it consumes the verdicts.published event.
            String entry = "<id>" + publicUrl + "</id>";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                APIResponse atom = crawler.request().get("/fact-checks/feed.atom");
                assertEquals(200, atom.status());
                assertTrue(atom.text().contains(entry), "the Atom feed lists the page");
            });
            String location = "<loc>" + publicUrl + "</loc>";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                APIResponse sitemap = crawler.request().get("/sitemap.xml");
                assertEquals(200, sitemap.status());
                assertTrue(sitemap.text().contains(location), "the sitemap lists the page");
            });
            assertTrue(crawler.request().get(path + "/embed").headers().get("content-security-policy")
                    .contains("frame-ancestors *"));
        }
    }

    private record Response(int status) {
        Response(com.microsoft.playwright.Response response) {
            this(response.status());
        }
    }
}
