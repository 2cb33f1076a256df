package org.factdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads through the gateway as a signed-in editor (the gateway relays the user's token): an article with its claims,
 * and a page of the review queue, at the fixed rates and at saturation. The limit is a trivial endpoint of the
 * same gateway, {@code GET /api/me}: the same session handling, no proxying and no service behind it.
 */
public final class ReadSection {

    public record Result(String dataset, long claims, long reviewItems, List<LoadResult> articleView,
            List<LoadResult> queuePage) {
    }

    static final int SATURATION_CONCURRENCY = 32;
    static final int CONNECTIONS = 64;

    /** First pages of the queue as the review desk's filters ask for them. */
    private static final List<String> QUEUE_QUERIES = List.of("?limit=20", "?state=QUEUED&limit=20",
            "?priority=URGENT&limit=20", "?state=IN_RESEARCH&limit=20", "?priority=HIGH&limit=50");

    private final BenchConfig config;
    private final LoadGenerator load;

    public ReadSection(BenchConfig config, LoadGenerator load) {
        this.config = config;
        this.load = load;
    }

    /** The limit: the gateway's trivial endpoint at the same rates. */
    public List<LoadResult> trivial(BrowserSession session) {
        Bench.step("read: limit, GET /api/me on the gateway");
        Map<String, String> headers = session.headers(false);
        Supplier<HttpCall> me = () -> HttpCall.get(config.gatewayUrl() + "/api/me", headers);
        load.saturation("warm-up /api/me", me, SATURATION_CONCURRENCY, config.warmUp(), Integer.MAX_VALUE, null);
        return ladder("GET /api/me (gateway only)", me, 0);
    }

    /**
     * @param halfLimitRate half of the gateway's own saturation ({@code GET /api/me}): the rate at which a read must
     *        still answer within its p99 limit, so the figure moves with the machine's speed
     */
    public Result run(String dataset, long claims, long reviewItems, List<String> articleIds, BrowserSession session,
            int halfLimitRate) {
        if (articleIds.isEmpty()) {
            throw new IllegalStateException("no articles to read");
        }
        AtomicLong next = new AtomicLong();
        Map<String, String> headers = session.headers(false);
        Supplier<HttpCall> article = () -> HttpCall.get(config.gatewayUrl() + "/api/articles/"
                + articleIds.get((int) (next.getAndIncrement() % articleIds.size())), headers);
        Supplier<HttpCall> queue = () -> HttpCall.get(config.gatewayUrl() + "/api/reviews"
                + QUEUE_QUERIES.get((int) (next.getAndIncrement() % QUEUE_QUERIES.size())), headers);
        Bench.step("read (" + dataset + "): warm-up");
        load.saturation("warm-up article", article, SATURATION_CONCURRENCY, config.warmUp(), Integer.MAX_VALUE, null);
        load.saturation("warm-up queue", queue, SATURATION_CONCURRENCY, config.warmUp(), Integer.MAX_VALUE, null);
        Bench.step("read (" + dataset + "): article view");
        List<LoadResult> articleView = ladder("article view, " + dataset, article, halfLimitRate);
        Bench.step("read (" + dataset + "): review-queue page");
        List<LoadResult> queuePage = ladder("review-queue page, " + dataset, queue, halfLimitRate);
        return new Result(dataset, claims, reviewItems, articleView, queuePage);
    }

    private List<LoadResult> ladder(String name, Supplier<HttpCall> calls, int halfLimitRate) {
        List<LoadResult> results = new ArrayList<>();
        java.util.SortedSet<Integer> rates = new java.util.TreeSet<>();
        for (int rate : config.readRates()) {
            rates.add(rate);
        }
        if (halfLimitRate > 0) {
            rates.add(halfLimitRate);
        }
        for (int rate : rates) {
            results.add(load.fixedRate(name + ", " + rate + "/s", calls, rate, config.runLength(), Integer.MAX_VALUE,
                    CONNECTIONS, null));
        }
        results.add(load.saturation(name + ", saturation", calls, SATURATION_CONCURRENCY, config.runLength(),
                Integer.MAX_VALUE, null));
        return results;
    }
}
