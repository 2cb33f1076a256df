package org.factdesk.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Ingest: articles POSTed with claim detection, through the gateway as a signed-in editor and, as the limit, straight
 * to the article-service with a bearer token; both at saturation and at one fixed offered rate. The database's own
 * limit is pgbench's single-row INSERT rate.
 */
public final class IngestSection {

    public record Result(LoadResult gatewaySaturation, LoadResult directSaturation, LoadResult gatewayFixed,
            LoadResult directFixed, PgBench.Result pgbench, double fixedRate, long claimsDetected) {
    }

    private static final int SATURATION_CONCURRENCY = 8;

    private final BenchConfig config;
    private final LoadGenerator load;
    private final SampleArticles articles;
    private final KeycloakTokens tokens;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong claims = new AtomicLong();

    public IngestSection(BenchConfig config, LoadGenerator load, SampleArticles articles, KeycloakTokens tokens) {
        this.config = config;
        this.load = load;
        this.articles = articles;
        this.tokens = tokens;
    }

    public Result run(BrowserSession editor) throws Exception {
        Map<String, String> session = editor.headers(true);
        Supplier<HttpCall> viaGateway = () -> HttpCall.postJson(config.gatewayUrl() + "/api/articles", session,
                articles.createRequest(sequence.incrementAndGet()));
        // The token is looked up per request (a cache hit): the section outlasts one token's lifetime.
        Supplier<HttpCall> direct = () -> HttpCall.postJson(config.articleUrl() + "/api/articles",
                Map.of("Authorization", tokens.bearer("editor"), "Content-Type", "application/json", "Accept",
                        "application/json"),
                articles.createRequest(sequence.incrementAndGet()));
        Duration run = config.runLength().multipliedBy(config.smoke() ? 1 : 2);
        int cap = config.smoke() ? 50 : 1_000_000;

        Bench.step("ingest: warm-up (direct and through the gateway)");
        load.saturation("warm-up direct", direct, SATURATION_CONCURRENCY, config.warmUp(), cap, null);
        load.saturation("warm-up gateway", viaGateway, SATURATION_CONCURRENCY, config.warmUp(), cap, null);

        Bench.step("ingest: saturation, direct to the article-service");
        LoadResult directSaturation = load.saturation("ingest direct, saturation", direct, SATURATION_CONCURRENCY, run, cap,
                this::countClaims);
        Bench.step("ingest: saturation, through the gateway");
        LoadResult gatewaySaturation = load.saturation("ingest via gateway, saturation", viaGateway, SATURATION_CONCURRENCY,
                run, cap, this::countClaims);

        // A fixed rate above what the system sustains only measures an ever-growing queue: cap it at 70 % of saturation.
        double rate = Math.max(1, Math.min(config.ingestRate(), Math.floor(0.7 * gatewaySaturation.throughput())));
        Bench.step("ingest: fixed rate %.0f/s, through the gateway and direct".formatted(rate));
        LoadResult gatewayFixed = load.fixedRate("ingest via gateway, %.0f/s".formatted(rate), viaGateway, rate, run, cap, 64,
                this::countClaims);
        LoadResult directFixed = load.fixedRate("ingest direct, %.0f/s".formatted(rate), direct, rate, run, cap, 64,
                this::countClaims);

        Bench.step("ingest: PostgreSQL limit (pgbench, single-row INSERT)");
        PgBench.Result pgbench = PgBench.insertThroughput(config, SATURATION_CONCURRENCY, config.runLength());
        return new Result(gatewaySaturation, directSaturation, gatewayFixed, directFixed, pgbench, rate, claims.get());
    }

    /** Counts the claims detection produced (bodies arrive on the load generator's event loop: keep it cheap). */
    private void countClaims(String articleView) {
        int index = 0;
        int found = 0;
        while ((index = articleView.indexOf("\"originalText\"", index)) >= 0) {
            found++;
            index += 14;
        }
        claims.addAndGet(found);
    }
}
