package org.factdesk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The public fact-check site as readers and crawlers meet it: no session, straight to the gateway. Published
 * fact-checks are seeded with SQL (the same rows an approval writes), then one fact-check page (random slug) and
 * the Atom feed are read warm at half of the gateway's own saturation and at saturation. Each reader's address is
 * the loopback, so the gateway runs the benchmark with a per-client limit high enough not to answer 429.
 */
public final class PublicSection {

    public record Result(int factChecks, List<LoadResult> page, List<LoadResult> feed) {
    }

    private static final int SMOKE_REQUESTS = 10;

    private final BenchConfig config;
    private final LoadGenerator load;
    private final ClaimSeeder seeder;

    public PublicSection(BenchConfig config, LoadGenerator load, ClaimSeeder seeder) {
        this.config = config;
        this.load = load;
        this.seeder = seeder;
    }

    /** Bound of the pass that renders every page once (about 70 first renders a second on a cold system). */
    private static final Duration WARM_EVERY_PAGE_WITHIN = Duration.ofMinutes(2);

    public Result run(int factChecks, int halfLimitRate) throws SQLException {
        Bench.step("public: seeding %,d published fact-checks (SQL, review database)".formatted(factChecks));
        seed(factChecks);
        AtomicLong next = new AtomicLong();
        Map<String, String> anonymous = Map.of();
        Supplier<HttpCall> page = () -> HttpCall.get(
                config.gatewayUrl() + "/fact-checks/" + slug(next.getAndIncrement() % factChecks),
                anonymous);
        Supplier<HttpCall> feed = () -> HttpCall.get(config.gatewayUrl() + "/fact-checks/feed.atom", anonymous);
        if (config.smoke()) {
            // The smoke run shares the gateway of ./factdesk test, whose per-client limit (300 a minute) the system
            // tests after it rely on: a few requests prove the path, no saturation.
            Bench.step("public: a few requests (smoke)");
            return new Result(factChecks,
                    List.of(load.fixedRate("public fact-check page, 5/s", page, 5, config.runLength(), SMOKE_REQUESTS,
                            ReadSection.CONNECTIONS, null)),
                    List.of(load.fixedRate("Atom feed, 5/s", feed, 5, config.runLength(), SMOKE_REQUESTS,
                            ReadSection.CONNECTIONS, null)));
        }
        // "Served warm": every page is rendered once before anything is measured. A timed warm-up alone reached only
        // a third of them (each first render asks the cold review-service), and the misses of the rest landed in
        // the measured runs as seconds of p99 (2026-12-07).
        Bench.step("public: warm-up, every fact-check page once");
        load.saturation("warm-up every public page", page, ReadSection.SATURATION_CONCURRENCY, WARM_EVERY_PAGE_WITHIN,
                factChecks, null);
        Bench.step("public: fact-check page (warm-up, then measured)");
        List<LoadResult> pages = ladder("public fact-check page", page, halfLimitRate);
        Bench.step("public: Atom feed (warm-up, then measured)");
        return new Result(factChecks, pages, ladder("Atom feed", feed, halfLimitRate));
    }

    /**
     * Each path is warmed right before it is measured: warming every path first let the generator's and the
     * gateway's leftovers of the previous path (the feed's large responses) land in the next path's first run.
     */
    private List<LoadResult> ladder(String name, Supplier<HttpCall> calls, int halfLimitRate) {
        load.saturation("warm-up " + name, calls, ReadSection.SATURATION_CONCURRENCY, config.warmUp(), Integer.MAX_VALUE,
                null);
        List<LoadResult> results = new ArrayList<>();
        if (halfLimitRate > 0) {
            results.add(load.fixedRate(name + ", " + halfLimitRate + "/s", calls, halfLimitRate, config.runLength(),
                    Integer.MAX_VALUE, ReadSection.CONNECTIONS, null));
        }
        results.add(load.saturation(name + ", saturation", calls, ReadSection.SATURATION_CONCURRENCY, config.runLength(),
                Integer.MAX_VALUE, null));
        return results;
    }

    static String slug(long n) {
        return "bench-fact-check-" + n;
    }

    /** Published items with their first published version, as the review-service writes them on approval. */
    private void seed(int factChecks) throws SQLException {
        try (Connection review = seeder.reviewDb(); Statement statement = review.createStatement()) {
            statement.execute("""
                    insert into review_item (id, version, claim_id, article_id, article_title, article_url, claim_text,
                                             claim_author, language, check_worthiness, priority, queued_by, queued_at,
                                             state, rating, label, summary, explanation, researched_by, approved_by,
                                             submitted_at, first_published_at, published_at, verdict_version, slug,
                                             created_at, updated_at)
                    select md5('factdesk-bench-public-' || n)::uuid, 0, md5('factdesk-bench-public-claim-' || n)::uuid,
                           md5('factdesk-bench-public-article-' || n)::uuid,
                           'Seeded article ' || n || ': the council and the bus budget',
                           'https://example.org/public/' || n,
                           'The council doubled the bus budget in ' || (1990 + n %% 35) || ' (claim ' || n || ').',
                           'Jane Mayor', 'en', 0.9, 'NORMAL', 'editor', now() - interval '2 days', 'PUBLISHED',
                           (array['FALSE','MOSTLY_FALSE','HALF_TRUE','MOSTLY_TRUE','TRUE'])[1 + n %% 5], 'Seeded rating ' || n,
                           'The budget rose by a few percent, not by half.', repeat('The figures in the budget show it. ', 20),
                           'reviewer', 'editor2', now() - interval '1 day', now() - (n || ' minutes')::interval,
                           now() - (n || ' minutes')::interval, 1, 'bench-fact-check-' || n, now() - interval '2 days', now()
                    from generate_series(0, %d) n
                    on conflict do nothing""".formatted(factChecks - 1));
            statement.execute("""
                    insert into published_verdict (id, review_id, verdict_version, rating, label, summary, explanation,
                                                   researched_by, approved_by, published_at)
                    select md5('factdesk-bench-public-verdict-' || n)::uuid, md5('factdesk-bench-public-' || n)::uuid, 1,
                           r.rating, r.label, r.summary, r.explanation, 'reviewer', 'editor2', r.published_at
                    from generate_series(0, %d) n join review_item r on r.id = md5('factdesk-bench-public-' || n)::uuid
                    on conflict do nothing""".formatted(factChecks - 1));
        }
    }
}
