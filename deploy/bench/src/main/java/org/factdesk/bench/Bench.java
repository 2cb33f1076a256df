package org.factdesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * {@code ./factdesk bench [--smoke]}: measures the running Factdesk system section by section (read, events, ingest,
 * read again with a million claims, footprint), each figure against a limit measured in the same run, and writes
 * the report. A failing section is reported as such; the others still run.
 */
public final class Bench {

    private static final long STARTED = System.nanoTime();

    private final BenchConfig config;
    private final Report report = new Report();

    public Bench(BenchConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        Outcome outcome = new Bench(config).run();
        System.out.println("\nreport: " + outcome.markdown());
        System.exit(outcome.failedSections().isEmpty() ? 0 : 1);
    }

    /** The Markdown report written, and the sections that failed (empty when all ran). */
    public record Outcome(Path markdown, Path json, List<String> failedSections) {
    }

    public Outcome run() throws Exception {
        Instant startedAt = Instant.now();
        report.run.put("mode", config.smoke() ? "smoke" : "full");
        report.run.put("startedAt", startedAt.toString());
        report.run.put("command",
                System.getProperty("factdesk.bench.command", config.smoke() ? "./factdesk bench --smoke" : "./factdesk bench"));
        report.run.put("gateway", config.gatewayUrl());
        report.run.put("databases", config.articleDb() + ", " + config.reviewDb());

        KeycloakTokens tokens = new KeycloakTokens(config.realmUrl(), "factdesk-cli", "cli-dev-secret-change-me");
        ClaimSeeder seeder = new ClaimSeeder(config);
        SampleArticles articles = new SampleArticles(config.sharedArticles(), Long.toString(startedAt.getEpochSecond(), 36));
        report.machine.putAll(Machine.facts(postgresVersion(seeder), KafkaLatency.clientVersion()));
        report.machine.put("serviceJvmOptions",
                System.getProperty("factdesk.bench.service-jvm", "as started by ./factdesk test"));

        try (LoadGenerator load = new LoadGenerator(); Footprint footprint = new Footprint(config)) {
            footprint.startSampling();
            ReadSection read = new ReadSection(config, load);

            section("read", () -> {
                long[] before = seeder.counts();
                step("read: seeding %,d queued claims (SQL, both databases)".formatted(config.readClaimsSmall()));
                double seconds = seeder.seed(0, config.readClaimsSmall());
                long[] counts = seeder.counts();
                report.notes.add(("Read data set 1: claims 0..%,d seeded with SQL (generate_series) into %s.claim and "
                        + "%s.review_item in %.0f s (%,d claims / %,d review items were there before).")
                        .formatted(config.readClaimsSmall(), config.articleDb(), config.reviewDb(), seconds, before[0],
                                before[1]));
                BrowserSession editor = BrowserSession.login(config.gatewayUrl(), "editor");
                report.trivial.addAll(read.trivial(editor));
                report.reads.add(read.run(label(config.readClaimsSmall()), counts[0], counts[1],
                        seeder.articleIds(config.readClaimsSmall(), 1000), editor, halfOfGatewayLimit()));
            });

            section("public", () -> report.publicSite = new PublicSection(config, load, seeder)
                    .run(config.publicFactChecks(), halfOfGatewayLimit()));

            section("events", () -> report.events = new EventSection(config, tokens, articles, seeder)
                    .run(BrowserSession.login(config.gatewayUrl(), "editor")));

            section("ingest", () -> {
                double cpuBefore = footprint.cpuSeconds();
                report.ingest = new IngestSection(config, load, articles, tokens)
                        .run(BrowserSession.login(config.gatewayUrl(), "editor"));
                double cpu = footprint.cpuSeconds() - cpuBefore;
                long ingested = report.ingest.gatewaySaturation().succeeded() + report.ingest.directSaturation().succeeded()
                        + report.ingest.gatewayFixed().succeeded() + report.ingest.directFixed().succeeded();
                if (ingested > 0 && !Double.isNaN(cpu)) {
                    // Includes the warm-up and the pgbench run's share in PostgreSQL is not counted (other process).
                    report.ingestCpuMillisPerArticle = cpu * 1000 / ingested;
                }
            });

            if (config.readClaimsLarge() > config.readClaimsSmall()) {
                section("read", () -> {
                    step("read: seeding up to %,d queued claims (SQL, both databases; takes a few minutes)"
                            .formatted(config.readClaimsLarge()));
                    double seconds = seeder.seed(config.readClaimsSmall(), config.readClaimsLarge());
                    long[] counts = seeder.counts();
                    report.notes.add("Read data set 2: claims %,d..%,d seeded the same way in %.0f s."
                            .formatted(config.readClaimsSmall(), config.readClaimsLarge(), seconds));
                    report.reads.add(read.run(label(config.readClaimsLarge()), counts[0], counts[1],
                            seeder.articleIds(config.readClaimsLarge(), 1000),
                            BrowserSession.login(config.gatewayUrl(), "editor"),
                            halfOfGatewayLimit()));
                });
            } else {
                report.notes.add("The million-claim read step is skipped in smoke mode.");
            }

            // After the read data sets: in a full run the queue then holds the million seeded items.
            section("queue", () -> {
                seedLargeQueueUnlessRead(seeder, "queue");
                report.queue = new QueueSection(config, load).run(seeder.counts()[1],
                        BrowserSession.login(config.gatewayUrl(), "editor"));
            });

            section("export", () -> {
                seedLargeQueueUnlessRead(seeder, "export");
                report.export = new ExportSection(config, tokens).run(seeder.counts()[1],
                        footprint.process("review-service"));
            });

            // Needs the receiver's keystore, which the review-service was started to trust (bench.sh); a smoke run
            // against an already running system has neither.
            String keystore = System.getProperty("factdesk.bench.webhook-keystore", "");
            if (keystore.isEmpty()) {
                report.notes.add("Webhook section not run: the review-service was not started by the benchmark, so it "
                        + "does not trust the benchmark's receiver.");
            } else {
                section("webhooks", () -> report.webhooks = new WebhookSection(config, tokens, Path.of(keystore),
                        System.getProperty("factdesk.bench.webhook-keystore-password"),
                        System.getProperty("factdesk.bench.webhook-retry-policy", "service defaults"))
                        .run(config.smoke() ? 25 : 500));
            }

            String mailDir = System.getProperty("factdesk.bench.mail-dir", "");
            section("notifications", () -> report.notifications = new NotificationSection(config, tokens,
                    mailDir.isEmpty() ? null : Path.of(mailDir)).run(config.smoke() ? 5 : 200));

            section("footprint", () -> report.footprint = footprint.services());
        }
        report.goals.addAll(goals());
        report.notes.add("Load comes from this process (Vert.x, one event loop, HdrHistogram) on loopback, sharing the "
                + Runtime.getRuntime().availableProcessors()
                + " cores with the system; fixed-rate latencies count from each request's due time.");
        report.run.put("seconds", Math.round((System.nanoTime() - STARTED) / 1e9));
        Path dir = config.outDir()
                .resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt)
                        + "-" + report.run.get("mode"));
        Path markdown = report.write(dir);
        return new Outcome(markdown, dir.resolve("report.json"), List.copyOf(report.errors.keySet()));
    }

    /** A section run on its own (-Dfactdesk.bench.sections=...) seeds the large queue the read section would have. */
    private void seedLargeQueueUnlessRead(ClaimSeeder seeder, String section) throws Exception {
        if (!config.runs("read") && config.readClaimsLarge() > seeder.counts()[1]) {
            step("%s: seeding %,d queued claims first (SQL, both databases)".formatted(section, config.readClaimsLarge()));
            double seconds = seeder.seed(0, config.readClaimsLarge());
            report.notes.add("%s data set: claims 0..%,d seeded with SQL in %.0f s (read section not run)."
                    .formatted(section, config.readClaimsLarge(), seconds));
        }
    }

    private List<Goal> goals() {
        List<Goal> goals = new java.util.ArrayList<>();
        IngestSection.Result ingest = report.ingest;
        Double gatewayIngest = ingest == null ? null : ingest.gatewaySaturation().throughput();
        goals.add(Goal.atLeast("Ingest through the gateway (saturation)", gatewayIngest, "articles/s",
                "PostgreSQL single-row INSERT", ingest == null ? null : ingest.pgbench().tps(), 300));
        goals.add(Goal.ratioAtLeast("Ingest through the gateway vs direct to the article-service", gatewayIngest, "articles/s",
                "direct", ingest == null ? null : ingest.directSaturation().throughput(), 0.5));
        ReadSection.Result largest = report.reads.isEmpty() ? null : report.reads.get(report.reads.size() - 1);
        String dataset = largest == null ? "" : " (" + largest.dataset() + ")";
        Double gatewayLimit = gatewaySaturation();
        int half = halfOfGatewayLimit();
        goals.add(Goal.ratioAtLeast("Read saturation, article view" + dataset,
                saturationOf(largest == null ? null : largest.articleView()),
                "req/s", "GET /api/me saturation", gatewayLimit, 0.7));
        goals.add(Goal.ratioAtLeast("Read saturation, review-queue page" + dataset,
                saturationOf(largest == null ? null : largest.queuePage()),
                "req/s", "GET /api/me saturation", gatewayLimit, 0.7));
        goals.add(Goal.atMost("Read p99, article view at %d/s (half the /api/me saturation)%s".formatted(half, dataset),
                p99At(largest == null ? null : largest.articleView(), half), "ms", null, null, 20));
        goals.add(Goal.atMost("Read p99, review-queue page at %d/s (half the /api/me saturation)%s".formatted(half, dataset),
                p99At(largest == null ? null : largest.queuePage(), half), "ms", null, null, 20));
        goals.add(Goal.atMost("Ingest CPU per article (three services, detection included)",
                Double.isNaN(report.ingestCpuMillisPerArticle) ? null : report.ingestCpuMillisPerArticle, "ms", null, null, 5));
        PublicSection.Result publicSite = report.publicSite;
        String publicSet = publicSite == null ? "" : " (%,d fact-checks)".formatted(publicSite.factChecks());
        goals.add(Goal.ratioAtLeast("Public fact-check page saturation" + publicSet,
                saturationOf(publicSite == null ? null : publicSite.page()),
                "req/s", "GET /api/me saturation", gatewayLimit, 0.8));
        goals.add(Goal.ratioAtLeast("Public Atom feed saturation" + publicSet,
                saturationOf(publicSite == null ? null : publicSite.feed()),
                "req/s", "GET /api/me saturation", gatewayLimit, 0.8));
        goals.add(Goal.atMost("Public fact-check page p99 at %d/s (half the /api/me saturation)".formatted(half),
                p99At(publicSite == null ? null : publicSite.page(), half), "ms", null, null, 20));
        goals.add(Goal.atMost("Public Atom feed p99 at %d/s (half the /api/me saturation)".formatted(half),
                p99At(publicSite == null ? null : publicSite.feed(), half), "ms", null, null, 20));
        EventSection.Result events = report.events;
        Double kafka = events == null ? null : events.kafkaRaw().p99();
        Double queue = events == null ? null : events.queueToReview().p99();
        Double approve = events == null ? null : events.approveToBrowser().p99();
        goals.add(Goal.atMost("Event p99 queue -> review queue", queue, "ms", "Kafka raw p99", kafka, 150));
        goals.add(Goal.atMost("Event p99 approve -> browser", approve, "ms", "Kafka raw p99", kafka, 250));
        goals.add(Goal.ratioAtMost("Event p99 queue -> review queue vs raw Kafka", queue, "ms", "Kafka raw p99", kafka, 3));
        goals.add(Goal.ratioAtMost("Event p99 approve -> browser vs raw Kafka", approve, "ms", "Kafka raw p99", kafka, 3));
        ExportSection.Result export = report.export;
        goals.add(Goal.atMost("review-service RSS growth while streaming the queue CSV export"
                + (export == null ? "" : " (%,d rows)".formatted(export.rows())),
                export == null || export.rssGrowthMiB() == null ? null : export.rssGrowthMiB().doubleValue(), "MiB",
                null, null, 50));
        WebhookSection.Result webhooks = report.webhooks;
        goals.add(Goal.atLeast("Webhook deliveries applied"
                + (webhooks == null ? ""
                        : " of %,d owed (20 %% failures, %d s outage)".formatted(webhooks.expected(),
                                WebhookSection.OUTAGE_SECONDS)),
                webhooks == null ? null : (double) webhooks.applied(), "deliveries", null, null,
                webhooks == null ? 0 : webhooks.expected()));
        goals.add(Goal.atMost("Webhook requests whose signature did not verify",
                webhooks == null ? null : (double) webhooks.badSignatures(), "requests", null, null, 0));
        QueueSection.Result pages = report.queue;
        String queueSize = pages == null ? ""
                : " (%,d review items, %d/s)".formatted(pages.queueItems(), QueueSection.PAGES_PER_SECOND);
        goals.add(Goal.atMost("Queue first page p99 through the gateway" + queueSize,
                pages == null ? null : pages.firstPage().p99(), "ms", null, null, 50));
        goals.add(Goal.atMost("Queue \"load more\" p99 through the gateway" + queueSize,
                pages == null ? null : pages.loadMore().p99(), "ms", null, null, 50));
        goals.add(Goal.atMost("Queue pages that failed or timed out", pages == null ? null
                : (double) (pages.firstPage().failed() + pages.loadMore().failed()), "requests", null, null, 0));
        NotificationSection.Result notifications = report.notifications;
        goals.add(Goal.atMost("Notification p99 assign -> recipient's browser",
                notifications == null ? null : notifications.live().p99(), "ms", null, null, 1000));
        goals.add(Goal.atMost("Notification mail p99 assign -> SMTP server",
                notifications == null || notifications.mail() == null ? null : notifications.mail().p99(), "ms", null,
                null, 5000));
        for (Footprint.Service service : report.footprint) {
            Double ready = service.readyMillisMeasured() != null ? service.readyMillisMeasured()
                    : service.startedSecondsReported() == null ? null : service.startedSecondsReported() * 1000;
            // JDK 25 with its AOT cache must start in a second; JDK 17 (AppCDS) is allowed three.
            goals.add(Goal.atMost(service.name() + " ready after start (JDK " + config.serviceJavaRelease() + ")", ready, "ms",
                    null, null, config.serviceJavaRelease() >= 25 ? 1000 : 3000));
            goals.add(Goal.atMost(service.name() + " RSS under load",
                    service.loadedRssMiB() == null ? null : service.loadedRssMiB().doubleValue(), "MiB", null, null, 200));
        }
        return goals;
    }

    /** The gateway's own limit: saturation of {@code GET /api/me}, the same session handling with nothing behind it. */
    private Double gatewaySaturation() {
        return saturationOf(report.trivial);
    }

    private int halfOfGatewayLimit() {
        Double limit = gatewaySaturation();
        return limit == null ? 0 : (int) Math.max(1, Math.floor(limit / 2));
    }

    private static Double saturationOf(List<LoadResult> runs) {
        return runs == null ? null
                : runs.stream().filter(r -> r.offeredRate() == 0).map(LoadResult::throughput)
                        .findFirst().orElse(null);
    }

    private static Double p99At(List<LoadResult> runs, int rate) {
        return runs == null ? null
                : runs.stream().filter(r -> r.offeredRate() == rate).map(LoadResult::p99)
                        .filter(Objects::nonNull).findFirst().orElse(null);
    }

    interface Section {
        void run() throws Exception;
    }

    private void section(String name, Section section) {
        if (!config.runs(name)) {
            report.notes.add("Section " + name + " not run (-Dfactdesk.bench.sections).");
            return;
        }
        try {
            section.run();
        } catch (Exception | AssertionError e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            System.err.println("!! section " + name + " failed: " + message);
            e.printStackTrace();
            report.errors.merge(name, message, (a, b) -> a + "; " + b);
        }
    }

    static void step(String what) {
        System.out.printf("==> [%4.0f s] %s%n", (System.nanoTime() - STARTED) / 1e9, what);
    }

    private static String label(long claims) {
        return claims >= 1_000_000 && claims % 1_000_000 == 0 ? claims / 1_000_000 + "M claims"
                : claims >= 1000 && claims % 1000 == 0 ? claims / 1000 + "k claims" : claims + " claims";
    }

    private static String postgresVersion(ClaimSeeder seeder) {
        try (Connection connection = seeder.articleDb();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show server_version")) {
            row.next();
            return row.getString(1);
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
