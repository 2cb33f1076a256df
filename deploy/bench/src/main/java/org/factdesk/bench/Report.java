package org.factdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything one run measured, written as JSON (for tools) and Markdown (for people) side by side. */
public final class Report {

    /** Section names, in report order; the smoke test checks every one is present. */
    public static final List<String> SECTIONS = List.of("machine", "goals", "ingest", "read", "events", "queue",
            "footprint");

    final Map<String, Object> machine = new LinkedHashMap<>();
    final Map<String, Object> run = new LinkedHashMap<>();
    final List<Goal> goals = new ArrayList<>();
    IngestSection.Result ingest;
    double ingestCpuMillisPerArticle = Double.NaN;
    final List<LoadResult> trivial = new ArrayList<>();
    PublicSection.Result publicSite;
    final List<ReadSection.Result> reads = new ArrayList<>();
    EventSection.Result events;
    QueueSection.Result queue;
    ExportSection.Result export;
    WebhookSection.Result webhooks;
    NotificationSection.Result notifications;
    List<Footprint.Service> footprint = List.of();
    final Map<String, String> errors = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run);
        json.put("machine", machine);
        json.put("goals", goals);
        json.put("limits", limitRows());
        Map<String, Object> ingestJson = new LinkedHashMap<>();
        ingestJson.put("result", ingest);
        ingestJson.put("cpuMillisPerArticleAtSaturation",
                Double.isNaN(ingestCpuMillisPerArticle) ? null : ingestCpuMillisPerArticle);
        json.put("ingest", ingestJson);
        json.put("read", Map.of("limit", trivial, "datasets", reads));
        if (publicSite != null) {
            json.put("public",
                    Map.of("factChecks", publicSite.factChecks(), "page", publicSite.page(), "feed", publicSite.feed()));
        }
        json.put("events", events == null ? Map.of() : events);
        json.put("queue", queue == null ? Map.of() : queue);
        json.put("export", export == null ? Map.of() : export);
        json.put("webhooks", webhooks == null ? Map.of() : webhooks);
        json.put("notifications", notifications == null ? Map.of() : notifications);
        json.put("footprint", footprint);
        json.put("errors", errors);
        json.put("notes", notes);
        return json;
    }

    /** Writes report.json and report.md into {@code dir} and copies them to latest.* beside it; returns the Markdown. */
    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jsonFile = dir.resolve("report.json");
        Path markdownFile = dir.resolve("report.md");
        Files.writeString(jsonFile, Json.MAPPER.writeValueAsString(json()));
        Files.writeString(markdownFile, markdown());
        Files.copy(jsonFile, dir.getParent().resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(markdownFile, dir.getParent().resolve("latest.md"), StandardCopyOption.REPLACE_EXISTING);
        return markdownFile;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Factdesk benchmark, ").append(run.get("mode")).append(" run of ").append(run.get("startedAt"))
                .append("\n\n");
        md.append("Command: `").append(run.get("command")).append("`; took ").append(run.get("seconds")).append(" s.\n\n");
        if (!errors.isEmpty()) {
            md.append("**Sections that failed:**\n\n");
            errors.forEach((section, error) -> md.append("- ").append(section).append(": ").append(error).append('\n'));
            md.append('\n');
        }

        md.append("## Machine\n\n| fact | value |\n| --- | --- |\n");
        machine.forEach((key, value) -> md.append("| ").append(key).append(" | ").append(value).append(" |\n"));

        md.append("\n## Goals\n\nEach figure against its limit measured in the same run; ratio = figure / limit.\n\n");
        md.append("| goal | figure | limit | ratio | target | met |\n| --- | ---: | --- | ---: | --- | :---: |\n");
        for (Goal goal : goals) {
            md.append("| ").append(goal.name()).append(" | ").append(number(goal.figure())).append(' ').append(goal.unit())
                    .append(" | ")
                    .append(goal.limitName() == null ? "–" : goal.limitName() + ": " + number(goal.limit()) + " " + goal.unit())
                    .append(" | ").append(goal.ratio() == null ? "–" : "%.2f".formatted(goal.ratio()))
                    .append(" | ").append(goal.target())
                    .append(" | ").append(goal.met() == null ? "not measured" : goal.met() ? "yes" : "**no**").append(" |\n");
        }

        md.append(
                "\n## Figures against their limits\n\n| figure | value | limit | value | ratio |\n| --- | ---: | --- | ---: | ---: |\n");
        limitRows().forEach(row -> md.append("| %s | %s | %s | %s | %s |\n".formatted(row.figure(), number(row.value()),
                row.limit(), number(row.limitValue()), row.limitValue() == null || row.value() == null || row.limitValue() == 0
                        ? "–"
                        : "%.2f".formatted(row.value() / row.limitValue()))));

        md.append("\n## 1. Ingest (articles with claim detection)\n\n");
        if (ingest != null) {
            loadTable(md, List.of(ingest.gatewaySaturation(), ingest.directSaturation(), ingest.gatewayFixed(),
                    ingest.directFixed()));
            md.append(
                    "\nLimit (PostgreSQL): pgbench single-row INSERT, %d clients, %.0f s: **%.0f tx/s** (latency average %.2f ms). `%s`\n"
                            .formatted(ingest.pgbench().clients(), ingest.pgbench().seconds(), ingest.pgbench().tps(),
                                    ingest.pgbench().latencyAverageMillis(), ingest.pgbench().command()));
            md.append(
                    "\nClaims detected in the ingested articles: %,d. Fixed rate: %.0f/s (the configured rate, capped at 70%% of the gateway's saturation).\n"
                            .formatted(ingest.claimsDetected(), ingest.fixedRate()));
            if (!Double.isNaN(ingestCpuMillisPerArticle)) {
                md.append("Cost: %.1f ms of CPU (all three services) per article ingested at saturation.\n"
                        .formatted(ingestCpuMillisPerArticle));
            }
        } else {
            md.append("not measured\n");
        }

        md.append("\n## 2. Read (through the gateway, session cookie, token relayed)\n\n");
        md.append("Limit: the gateway's trivial endpoint `GET /api/me` (same session handling, nothing proxied).\n\n");
        loadTable(md, trivial);
        for (ReadSection.Result read : reads) {
            md.append("\n### %s: %,d claims in the article-service, %,d review items\n\n".formatted(read.dataset(),
                    read.claims(), read.reviewItems()));
            List<LoadResult> runs = new ArrayList<>(read.articleView());
            runs.addAll(read.queuePage());
            loadTable(md, runs);
        }
        if (reads.isEmpty()) {
            md.append("\nnot measured\n");
        }
        if (publicSite != null) {
            md.append("\n### Public site (no session): %,d published fact-checks\n\n".formatted(publicSite.factChecks()));
            List<LoadResult> runs = new ArrayList<>(publicSite.page());
            runs.addAll(publicSite.feed());
            loadTable(md, runs);
        }

        md.append("\n## 3. Event latency\n\n");
        if (events != null) {
            md.append(
                    "%d events per path, sent at %.0f/s. Service-side visibility is a poll of the committed row every %d ms.\n\n"
                            .formatted(events.events(), events.pacePerSecond(), EventSection.POLL_MILLIS));
            md.append(
                    "| path | observed | p50 ms | p95 ms | p99 ms | max ms | p99 / Kafka p99 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (EventLatency latency : List.of(events.queueToReview(), events.queueToBrowser(), events.approveToArticle(),
                    events.approveToBrowser(), events.kafkaRaw())) {
                md.append("| %s | %d / %d | %.1f | %.1f | %.1f | %.1f | %s |\n".formatted(latency.name(), latency.observed(),
                        latency.expected(), latency.p50(), latency.p95(), latency.p99(), latency.max(),
                        events.kafkaRaw().p99() > 0 ? "%.1f".formatted(latency.p99() / events.kafkaRaw().p99()) : "–"));
            }
            if (!events.failures().isEmpty()) {
                md.append("\nFailed requests: ").append(events.failures()).append('\n');
            }
        } else {
            md.append("not measured\n");
        }

        md.append("\n### The desk's queue page: first page and \"load more\" (%d items a page) through the gateway\n\n"
                .formatted(QueueSection.PAGE_SIZE));
        if (queue != null) {
            md.append("Review items in the queue: %,d. Views: state QUEUED (the page's default) and all states; "
                    .formatted(queue.queueItems())
                    + "\"load more\" asks for %,d following pages, walked first by cursor.\n\n"
                            .formatted(queue.pagesWalked()));
            loadTable(md, List.of(queue.firstPage(), queue.loadMore()));
        } else {
            md.append("not measured\n");
        }

        md.append("\n### CSV export of the review queue (review-service directly)\n\n");
        if (export != null) {
            md.append("| review items | rows | MiB | seconds | rows/s | RSS before MiB | RSS max MiB | growth MiB | samples |\n"
                    + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            md.append("| %,d | %,d | %.1f | %.1f | %,.0f | %s | %s | %s | %d |\n".formatted(export.queueItems(),
                    export.rows(), export.bytes() / (1024.0 * 1024.0), export.seconds(), export.rowsPerSecond(),
                    number(export.rssBeforeMiB()), number(export.rssMaxMiB()), number(export.rssGrowthMiB()),
                    export.samples()));
        } else {
            md.append("not measured\n");
        }

        md.append("\n### Webhook deliveries (receiver fails 20 %% of requests, down %d s in the middle)\n\n"
                .formatted(WebhookSection.OUTAGE_SECONDS));
        if (webhooks != null) {
            md.append("| endpoints × events | owed | applied | requests | answered 503 | repeated webhook-id | bad "
                    + "signatures | s to 50 % | s to 99 % | s to all | deliveries/s overall | healthy p50 ms | healthy p99 "
                    + "ms (n) | retry policy |\n"
                    + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
            md.append("| %d × %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s | %s | %.1f | %,.0f | %s | %s (%,d) | %s |\n"
                    .formatted(
                            webhooks.endpoints(), webhooks.events(), webhooks.expected(), webhooks.applied(),
                            webhooks.requests(), webhooks.injectedFailures(), webhooks.duplicateRequests(),
                            webhooks.badSignatures(),
                            webhooks.secondsToHalf() == null ? "-" : "%.1f".formatted(webhooks.secondsToHalf()),
                            webhooks.secondsTo99Percent() == null ? "-" : "%.1f".formatted(webhooks.secondsTo99Percent()),
                            webhooks.seconds(), webhooks.deliveriesPerSecond(),
                            webhooks.healthyP50Millis() == null ? "-" : "%.0f".formatted(webhooks.healthyP50Millis()),
                            webhooks.healthyP99Millis() == null ? "-" : "%.0f".formatted(webhooks.healthyP99Millis()),
                            webhooks.healthySamples(), webhooks.retryPolicy()));
        } else {
            md.append("not measured\n");
        }

        md.append("\n### Notifications: an editor assigns reviews to %s through the gateway, %s\n\n"
                .formatted(NotificationSection.RECIPIENT, NotificationSection.PER_SECOND + " a second"));
        if (notifications != null) {
            md.append("| path | assignments | observed | p50 ms | p95 ms | p99 ms | max ms |\n"
                    + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (EventLatency latency : java.util.Arrays.asList(notifications.live(), notifications.mail())) {
                if (latency != null) {
                    md.append("| %s | %,d | %,d | %.0f | %.0f | %.0f | %.0f |\n".formatted(latency.name(),
                            latency.expected(), latency.observed(), latency.p50(), latency.p95(), latency.p99(),
                            latency.max()));
                }
            }
            if (notifications.mailNote() != null) {
                md.append("\n").append(notifications.mailNote()).append(".\n");
            }
        } else {
            md.append("not measured\n");
        }

        md.append(
                "\n## 4. Footprint\n\n| service | pid | ready (launch -> health ready) ms | Quarkus \"started in\" s | RSS idle MiB | RSS under load (max sampled) MiB | peak RSS (VmHWM) MiB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Footprint.Service service : footprint) {
            md.append("| %s | %d | %s | %s | %s | %s | %s |\n".formatted(service.name(), service.pid(),
                    number(service.readyMillisMeasured()), number(service.startedSecondsReported()),
                    number(service.idleRssMiB()), number(service.loadedRssMiB()), number(service.peakRssMiB())));
        }

        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    record LimitRow(String figure, Double value, String limit, Double limitValue) {
    }

    /** Every measured figure that has a limit, side by side. */
    List<LimitRow> limitRows() {
        List<LimitRow> rows = new ArrayList<>();
        if (ingest != null) {
            rows.add(new LimitRow("ingest via gateway, saturation (articles/s)", ingest.gatewaySaturation().throughput(),
                    "direct to article-service, saturation", ingest.directSaturation().throughput()));
            rows.add(new LimitRow("ingest via gateway, saturation (articles/s)", ingest.gatewaySaturation().throughput(),
                    "pgbench single-row INSERT (tx/s)", ingest.pgbench().tps()));
            rows.add(new LimitRow("ingest via gateway at %.0f/s, p99 ms".formatted(ingest.fixedRate()),
                    ingest.gatewayFixed().p99(),
                    "direct at the same rate, p99 ms", ingest.directFixed().p99()));
        }
        for (ReadSection.Result read : reads) {
            for (List<LoadResult> runs : List.of(read.articleView(), read.queuePage())) {
                for (int i = 0; i < runs.size() && i < trivial.size(); i++) {
                    LoadResult run = runs.get(i);
                    LoadResult limit = trivial.get(i);
                    if (run.saturation()) {
                        rows.add(new LimitRow(run.name() + " (req/s)", run.throughput(), limit.name() + " (req/s)",
                                limit.throughput()));
                    } else {
                        rows.add(new LimitRow(run.name() + ", p99 ms", run.p99(), limit.name() + ", p99 ms", limit.p99()));
                    }
                }
            }
        }
        if (events != null) {
            for (EventLatency latency : List.of(events.queueToReview(), events.queueToBrowser(), events.approveToArticle(),
                    events.approveToBrowser())) {
                rows.add(new LimitRow(latency.name() + ", p99 ms", latency.p99(), "Kafka produce -> consume, p99 ms",
                        events.kafkaRaw().p99()));
            }
        }
        return rows;
    }

    private static void loadTable(StringBuilder md, List<LoadResult> runs) {
        md.append("| run | offered /s | conns | sent | ok | failed | throughput /s | p50 ms | p95 ms | p99 ms | max ms |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (LoadResult r : runs) {
            md.append("| %s | %s | %d | %d | %d | %d%s | %.1f | %.2f | %.2f | %.2f | %.1f |\n".formatted(r.name(),
                    r.saturation() ? "saturation" : "%.0f".formatted(r.offeredRate()), r.concurrency(), r.sent(), r.succeeded(),
                    r.failed(), r.statuses().isEmpty() ? "" : " " + r.statuses(), r.throughput(), r.p50(), r.p95(), r.p99(),
                    r.max()));
        }
    }

    private static String number(Number value) {
        if (value == null) {
            return "–";
        }
        double d = value.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) d)
                : String.format(Locale.ROOT, "%,.2f", d);
    }
}
