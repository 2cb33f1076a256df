package org.factdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CSV export of the whole review queue (the goal: a million rows streamed with the review-service's RSS
 * growing by less than 50 MiB). Runs after the read data sets are seeded, so in a full run the queue holds the million
 * seeded items. An editor's export is read straight from the review-service as fast as this process can take it,
 * while the service's VmRSS is sampled every {@value #SAMPLE_MILLIS} ms from /proc: growth is the largest sample
 * minus the one taken just before the request.
 */
public final class ExportSection {

    /**
     * @param rssBeforeMiB the review-service's resident set just before the export (null: process not found)
     * @param rssMaxMiB the largest sample while the export streamed
     */
    public record Result(long queueItems, long rows, long bytes, double seconds, Long rssBeforeMiB, Long rssMaxMiB,
            Long rssGrowthMiB, int samples) {

        public double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : 0;
        }
    }

    static final int SAMPLE_MILLIS = 50;
    private static final String PATH = "/api/reviews/export/queue.csv";

    private final BenchConfig config;
    private final KeycloakTokens tokens;

    public ExportSection(BenchConfig config, KeycloakTokens tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    public Result run(long queueItems, Optional<ServiceProcess> reviewService) throws Exception {
        Bench.step("export: streaming %s (%,d review items) from the review-service, sampling its RSS"
                .formatted(PATH, queueItems));
        Long before = reviewService.map(p -> p.rssMiB().orElse(-1)).filter(rss -> rss >= 0).orElse(null);
        AtomicLong max = new AtomicLong(before == null ? -1 : before);
        AtomicInteger samples = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                reviewService.ifPresent(p -> p.rssMiB().ifPresent(rss -> {
                    max.accumulateAndGet(rss, Math::max);
                    samples.incrementAndGet();
                }));
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "export-rss-sampler");
        sampler.setDaemon(true);

        HttpRequest request = HttpRequest.newBuilder(URI.create(config.reviewUrl() + PATH))
                .header("Authorization", tokens.bearer("editor")).header("Accept", "text/csv")
                .timeout(Duration.ofMinutes(30)).GET().build();
        long started = System.nanoTime();
        sampler.start();
        long bytes = 0;
        long lines = 0;
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                String body;
                try (InputStream in = response.body()) {
                    body = new String(in.readNBytes(2000));
                }
                throw new IOException("GET " + PATH + " answered " + response.statusCode() + ": " + body);
            }
            byte[] buffer = new byte[64 * 1024];
            boolean quoted = false;
            try (InputStream in = response.body()) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        // A line feed inside a quoted field is part of a claim, not the end of a record.
                        if (buffer[i] == '"') {
                            quoted = !quoted;
                        } else if (buffer[i] == '\n' && !quoted) {
                            lines++;
                        }
                    }
                }
            }
        } finally {
            sampler.interrupt();
            sampler.join(1000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Long rssMax = max.get() < 0 ? null : max.get();
        Long growth = before == null || rssMax == null ? null : rssMax - before;
        return new Result(queueItems, Math.max(0, lines - 1), bytes, seconds, before, rssMax, growth, samples.get());
    }
}
