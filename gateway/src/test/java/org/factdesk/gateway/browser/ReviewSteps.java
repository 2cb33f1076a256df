package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Steps on a review item several browser tests go through, done as reviewers and editors do them in the UI. */
final class ReviewSteps {

    /** Words of the second claim {@link DeskSteps#queueTwoClaims} queues. */
    static final String UNEMPLOYMENT = "Unemployment fell to 3.9 percent";
    /** Words of the first claim {@link DeskSteps#queueTwoClaims} queues. */
    static final String BUSES = "The city spent 4.2 million euros";

    private ReviewSteps() {
    }

    /** The reviewer takes this run's claim with these words from the queue; returns the review page's path. */
    static String take(Page reviewer, String marker, String title, String words) {
        DeskSteps.findInQueue(reviewer, marker, title).filter(new Locator.FilterOptions().setHasText(words))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
        reviewer.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
        assertThat(reviewer.locator("#review-title")).containsText(words);
        assertThat(reviewer.locator(".page-head .badge").first()).hasText("In research");
        return reviewer.url().substring(Browsers.BASE_URL.length());
    }

    static void addSource(Page reviewer) {
        Locator form = reviewer.locator("form.source-form");
        form.getByLabel("URL").fill("https://www.ine.es/en/prensa/epa_tabla_en.htm");
        form.getByLabel("Title").fill("Labour force survey, first quarter");
        form.getByLabel("Publisher").fill("National Statistics Institute");
        form.getByLabel("Relevant quote").fill("The unemployment rate stood at 3.9% in March.");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add source")).click();
        assertThat(reviewer.locator("#evidence-title")).hasText("Evidence (1)");
    }

    /** Picks a rating (TRUE, HALF_TRUE, NOT_A_CLAIM, ...) in the rating scale of {@code form}. */
    static void pickRating(Locator form, String rating) {
        form.locator("label.rating-option.rating-" + rating.toLowerCase(Locale.ROOT).replace('_', '-')).click();
    }

    /** The researcher fills in and submits their verdict; the item waits for approval. */
    static void submitVerdict(Page reviewer, String rating, String summary, String explanation) {
        Locator form = reviewer.locator("section[aria-labelledby=verdict-form-title] form");
        pickRating(form, rating);
        form.getByLabel("Summary").fill(summary);
        form.getByLabel("Explanation").fill(explanation);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit for approval")).click();
        assertThat(reviewer.locator(".page-head .badge").first()).hasText("Submitted");
    }

    /** An editor opens the submitted item and publishes it. */
    static void approve(Page editor, String reviewPath) {
        editor.navigate(Browsers.BASE_URL + reviewPath);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(editor.locator(".page-head .badge").first()).hasText("Published");
    }
}
