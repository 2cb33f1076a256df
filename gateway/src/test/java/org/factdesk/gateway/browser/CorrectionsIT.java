package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.vertx.core.json.JsonObject;

/**
 * Correcting a published verdict in real Chromium against the real services: an editor proposes a new rating with
 * a correction note and is not offered to approve it themselves; a second editor approves it, and the review, the
 * article (live) and the public page with its ClaimReview all state the corrected rating and the note.
 */
class CorrectionsIT {

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void aCorrectionIsPublishedOnlyWhenASecondEditorApprovesIt() {
        String marker = DeskSteps.marker("zk");
        String title = "Corrections " + marker;
        String note = "An earlier version rated this False; the March figure is right, only the record is not "
                + marker + ".";
        String summary = "The rate is right; the record comparison is not " + marker + ".";
        String publicUrl;
        try (BrowserContext editorBrowser = BROWSERS.context(1280, 900);
                BrowserContext reviewerBrowser = BROWSERS.context(1280, 900);
                BrowserContext secondEditorBrowser = BROWSERS.context(1280, 900)) {
            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);
            String articlePath = editor.url().substring(Browsers.BASE_URL.length());

            Page reviewer = Browsers.signIn(reviewerBrowser, "reviewer");
            String reviewPath = ReviewSteps.take(reviewer, marker, title, ReviewSteps.UNEMPLOYMENT);
            ReviewSteps.addSource(reviewer);
            ReviewSteps.submitVerdict(reviewer, "FALSE", "The rate did not fall to 3.9 percent.",
                    "The institute's release gives another figure.");
            ReviewSteps.approve(editor, reviewPath);

            // The editor proposes the correction: nothing is published yet.
            Locator panel = editor.locator("section.approval");
            assertThat(panel.locator("#approval-title")).hasText("Correction");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose a correction")).click();
            Locator form = panel.locator("form");
            form.getByLabel("Correction note shown to readers").fill(note);
            ReviewSteps.pickRating(form, "MOSTLY_FALSE");
            assertThat(form.getByLabel("Label shown to readers")).hasValue("Mostly false");
            form.getByLabel("Summary").fill(summary);
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose correction")).click();
            Locator pending = editor.getByTestId("pending-correction");
            assertThat(pending.locator("p").first()).hasText("Proposed correction by editor: Mostly false");
            assertThat(pending).containsText(note);
            // Four eyes: the proposer may withdraw the proposal but is not offered to approve it.
            assertThat(pending.locator(".notice"))
                    .hasText("Another editor, who neither proposed it nor researched the verdict, has to approve it.");
            assertThat(pending.getByRole(AriaRole.BUTTON)).hasText(new String[] { "Withdraw proposal" });
            // The service refuses it too when sent by hand with a valid session and CSRF token, and says why.
            JsonObject refusal = new JsonObject((String) editor.evaluate("async (id) => {"
                    + " const me = await (await fetch('/api/me')).json();"
                    + " const review = await (await fetch('/api/reviews/' + id)).json();"
                    + " const r = await fetch('/api/reviews/' + id + '/corrections/' + review.pendingCorrection.id"
                    + " + '/approve', { method: 'POST', headers: { 'Content-Type': 'application/json',"
                    + " 'X-CSRF-Token': me.csrfToken }, body: JSON.stringify({ version: review.version }) });"
                    + " return JSON.stringify({ status: r.status, problem: await r.json() }); }",
                    reviewPath.substring("/reviews/".length())));
            assertEquals(403, refusal.getInteger("status"), refusal.encode());
            assertEquals("four-eyes: you proposed this correction; a second person must approve it",
                    refusal.getJsonObject("problem").getString("detail"));
            assertThat(editor.locator(".page-head .badge").first()).hasText("Published");
            assertThat(editor.getByTestId("verdict").locator(".badges .badge")).hasText("False");
            Browsers.screenshot(editor, "correction-proposed");

            // The editor watches the article while the second editor decides.
            Page article = editorBrowser.newPage();
            article.navigate(Browsers.BASE_URL + articlePath);
            Locator claimRow = article.locator(".claim-list li")
                    .filter(new Locator.FilterOptions().setHasText(ReviewSteps.UNEMPLOYMENT));
            assertThat(claimRow.locator(".badge").first()).hasText("False");

            Page secondEditor = Browsers.signIn(secondEditorBrowser, "editor2");
            secondEditor.navigate(Browsers.BASE_URL + reviewPath);
            Locator proposal = secondEditor.getByTestId("pending-correction");
            assertThat(proposal).containsText(note);
            assertThat(proposal.locator(".notice")).hasCount(0);
            assertThat(proposal.getByRole(AriaRole.BUTTON))
                    .hasText(new String[] { "Approve and publish correction", "Reject" });
            proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve and publish correction"))
                    .click();
            assertThat(secondEditor.locator(".page-head .badge").first()).hasText("Corrected");
            assertThat(secondEditor.getByTestId("pending-correction")).hasCount(0);
            Locator verdict = secondEditor.getByTestId("verdict");
            assertThat(verdict.locator("#verdict-title")).hasText("Verdict (version 2)");
            assertThat(verdict.locator(".badges .badge")).hasText("Mostly false");
            assertThat(verdict.locator(".verdict-summary")).hasText(summary);
            assertThat(verdict.locator(".notice")).hasText("Correction: " + note);
            assertThat(verdict.locator("dt:text-is('Approved by') + dd")).hasText("editor2");
            Browsers.screenshot(secondEditor, "correction-approved");

            // The desk's own ClaimReview names the correction, its proposer and its approver.
            secondEditor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show JSON-LD")).click();
            JsonObject desk = new JsonObject(secondEditor.locator("pre.code").textContent());
            assertEquals("ClaimReview", desk.getString("@type"));
            assertEquals("Mostly false", desk.getJsonObject("reviewRating").getString("alternateName"));
            assertEquals(2, desk.getJsonObject("reviewRating").getInteger("ratingValue"));
            JsonObject correction = desk.getJsonObject("correction");
            assertEquals(note, correction.getString("text"));
            assertEquals("editor", correction.getJsonObject("author").getString("name"));
            assertEquals("editor2", correction.getJsonObject("editor").getString("name"));

            // The article the editor kept open shows the corrected verdict without a reload.
            assertThat(claimRow.locator(".badge").first()).hasText("Mostly false");
            claimRow.getByRole(AriaRole.BUTTON).click();
            Locator claimVerdict = article.getByTestId("claim-verdict");
            assertThat(claimVerdict.locator("strong")).hasText("Mostly false");
            assertThat(claimVerdict).containsText(summary);
            assertThat(claimVerdict.locator(".meta")).containsText("corrected (version 2)");
            Browsers.screenshot(article, "correction-article");

            publicUrl = verdict.getByTestId("public-link").locator("a").getAttribute("href");
            assertTrue(publicUrl.matches(Pattern.quote(Browsers.BASE_URL) + "/fact-checks/[a-z0-9-]+"), publicUrl);
        }

        // A reader who never signed in sees the corrected rating and the note.
        try (BrowserContext readerBrowser = BROWSERS.context(1280, 900)) {
            Page reader = readerBrowser.newPage();
            reader.navigate(publicUrl);
            assertThat(reader.locator("#verdict-heading")).hasText("Our rating: Mostly false");
            assertThat(reader.locator(".verdict-box .summary")).hasText(summary);
            Locator corrections = reader.locator("ol.corrections > li");
            assertThat(corrections).hasCount(1);
            assertThat(corrections).containsText(note);
            assertThat(corrections.locator(".meta")).containsText("Rating from then on: Mostly false");
            Browsers.screenshot(reader, "correction-public");
            JsonObject markup = new JsonObject(reader.locator("script[type='application/ld+json']").textContent());
            assertEquals("ClaimReview", markup.getString("@type"));
            assertEquals(publicUrl, markup.getString("url"));
            assertEquals("Mostly false", markup.getJsonObject("reviewRating").getString("alternateName"));
            assertEquals(2, markup.getJsonObject("reviewRating").getInteger("ratingValue"));
            assertNotNull(markup.getValue("dateModified"), "a corrected ClaimReview says when it changed");
            assertNotEquals(markup.getValue("datePublished"), markup.getValue("dateModified"));
        }
    }
}
