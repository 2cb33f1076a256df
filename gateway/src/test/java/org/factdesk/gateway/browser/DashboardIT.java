package org.factdesk.gateway.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.vertx.core.json.JsonObject;

/**
 * The desk dashboard's figures in real Chromium against the real review-service: the key figures, the items by state,
 * the verdict mix and the reviewer load shown are exactly the figures of the review-service's stats API read in the
 * same page, and they follow the desk live. Other tests change the shared desk at the same time, so every comparison
 * is made against the API at the moment the page shows settled figures, and the exact change this run makes is read
 * from the one figure no other test moves: the load of the admin, who takes this run's two claims.
 */
class DashboardIT {

    /** The dashboard's row names in English, as the UI's catalogue names the states and ratings. */
    private static final Map<String, Object> LABELS = Map.of(
            "states", ordered("QUEUED", "Queued", "IN_RESEARCH", "In research", "SUBMITTED", "Submitted",
                    "CHANGES_REQUESTED", "Changes requested", "PUBLISHED", "Published", "CORRECTED", "Corrected",
                    "WITHDRAWN", "Withdrawn"),
            "ratings", ordered("TRUE", "True", "MOSTLY_TRUE", "Mostly true", "HALF_TRUE", "Half true", "MOSTLY_FALSE",
                    "Mostly false", "FALSE", "False", "MISLEADING", "Misleading", "UNPROVEN", "Unproven", "NOT_A_CLAIM",
                    "Not a claim"));

    /**
     * What the page shows beside what the stats API answers now, each as JSON with sorted keys: the key figures (open
     * items, overdue, published verdicts), the rows of "Items by state", "Verdict mix" and "Reviewer load".
     */
    private static final String SNAPSHOT = """
            async ({ states, ratings }) => {
              const api = await (await fetch('/api/reviews/stats', { headers: { Accept: 'application/json' } })).json();
              const num = (text) => Number(text.replace(/[^0-9]/g, ''));
              const table = (label) => Object.fromEntries([...document.querySelectorAll(`table.bars[aria-label="${label}"] tr`)]
                .map((tr) => [tr.querySelector('th').textContent, num(tr.querySelector('td.num').textContent)]));
              const sorted = (value) => value && typeof value === 'object' && !Array.isArray(value)
                ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])])) : value;
              const count = (s) => api.countsByState?.[s] ?? 0;
              const closed = ['PUBLISHED', 'CORRECTED', 'WITHDRAWN'];
              const shown = {
                kpis: [...document.querySelectorAll('.kpi .kpi-value')].map((e) => num(e.textContent)),
                byState: table('Items by state'),
                mix: table('Verdict mix'),
                load: table('Reviewer load'),
              };
              const expected = {
                kpis: [Object.keys(states).filter((s) => !closed.includes(s)).reduce((n, s) => n + count(s), 0),
                  api.overdue, count('PUBLISHED') + count('CORRECTED')],
                byState: Object.fromEntries(Object.entries(states).map(([s, label]) => [label, count(s)])),
                mix: Object.fromEntries(Object.entries(api.verdictMix ?? {}).filter(([, n]) => n > 0)
                  .map(([r, n]) => [ratings[r] ?? r, n])),
                load: Object.fromEntries(Object.entries(api.reviewerLoad ?? {}).filter(([, n]) => n > 0)),
              };
              return { shown: JSON.stringify(sorted(shown)), expected: JSON.stringify(sorted(expected)) };
            }""";

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Test
    void theFiguresAreTheStatsApisAndTheAdminsLoadRisesByThisRunsTwoTakenClaimsLive() {
        String marker = DeskSteps.marker("zd");
        String title = "Dashboard " + marker;
        try (BrowserContext adminBrowser = BROWSERS.context(1280, 1000);
                BrowserContext editorBrowser = BROWSERS.context(1280, 900)) {
            Page admin = Browsers.signIn(adminBrowser, "admin");
            Page dashboard = adminBrowser.newPage();
            dashboard.navigate(Browsers.BASE_URL + "/dashboard");
            assertThat(dashboard.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Desk dashboard")))
                    .isVisible();
            assertThat(dashboard.locator(".kpi")).hasCount(3);
            // Marks this window: if the page reloaded, the marker would be gone.
            dashboard.evaluate("() => { window.__factdeskNoReload = true; }");
            JsonObject before = settled(dashboard);
            Browsers.screenshot(dashboard, "dashboard-figures");

            Page editor = Browsers.signIn(editorBrowser, "editor");
            DeskSteps.queueTwoClaims(editor, title, marker);
            settled(dashboard);

            for (int i = 0; i < 2; i++) {
                Locator free = DeskSteps.findInQueue(admin, marker, title)
                        .filter(new Locator.FilterOptions().setHasText("unassigned"));
                assertThat(free).hasCount(2 - i);
                free.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
                admin.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
            }
            assertThat(DeskSteps.findInQueue(admin, marker, title)
                    .filter(new Locator.FilterOptions().setHasText("with admin"))).hasCount(2);

            JsonObject after = settled(dashboard);
            assertEquals(before.getInteger("admin", 0) + 2, after.getInteger("admin", 0),
                    "the admin's open items on the dashboard: " + before + " then " + after);
            assertEquals(Boolean.TRUE, dashboard.evaluate("() => window.__factdeskNoReload === true"),
                    "the dashboard followed the desk without a reload");
            Browsers.screenshot(dashboard, "dashboard-after-takes");
        }
    }

    /**
     * Waits (polling in the page, up to 30 s) until the dashboard shows exactly what the stats API answers at that
     * moment, as other tests may be changing the desk meanwhile, and hands back the reviewer load shown then.
     */
    private static JsonObject settled(Page dashboard) {
        Map<String, Object> last = cast(dashboard.evaluate("async (labels) => {"
                + " const snapshot = " + SNAPSHOT + ";"
                + " const deadline = Date.now() + 30000;"
                + " let s = await snapshot(labels);"
                + " while (s.shown !== s.expected && Date.now() < deadline) {"
                + "   await new Promise((resolve) => setTimeout(resolve, 500));"
                + "   s = await snapshot(labels); }"
                + " return s; }", LABELS));
        assertEquals(last.get("expected"), last.get("shown"), "the dashboard against the stats API");
        return new JsonObject((String) last.get("shown")).getJsonObject("load");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
