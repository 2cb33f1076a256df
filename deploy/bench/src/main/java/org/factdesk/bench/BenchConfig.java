package org.factdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the system is and how hard to push it. Every value is a system property with the local default, so the same
 * harness runs from bench.sh and from the smoke {@code *IT}.
 *
 * @param smoke seconds instead of minutes: tiny counts, no million-claim step; proves the harness end to end
 */
public record BenchConfig(
        boolean smoke,
        String gatewayUrl,
        String articleUrl,
        String reviewUrl,
        String realmUrl,
        String kafkaBootstrap,
        String dbHost,
        int dbPort,
        String articleDb,
        String reviewDb,
        Path outDir,
        Path sharedArticles,
        Path logsDir,
        int readClaimsSmall,
        int readClaimsLarge,
        Duration runLength,
        Duration warmUp,
        int events,
        int ingestRate,
        java.util.Set<String> sections) {

    public static BenchConfig fromSystemProperties() {
        boolean smoke = Boolean.getBoolean("factdesk.bench.smoke");
        Path root = Path.of(property("factdesk.bench.root", System.getProperty("user.dir"))).toAbsolutePath();
        String suffix = property("factdesk.bench.db-suffix", "");
        return new BenchConfig(
                smoke,
                property("factdesk.bench.gateway-url", "http://localhost:8080"),
                property("factdesk.bench.article-url", "http://localhost:8081"),
                property("factdesk.bench.review-url", "http://localhost:8082"),
                property("factdesk.bench.realm-url", "http://localhost:8180/realms/factdesk"),
                property("factdesk.bench.kafka", "localhost:9092"),
                property("factdesk.bench.db-host", "localhost"),
                Integer.parseInt(property("factdesk.bench.db-port", "5432")),
                property("factdesk.bench.article-db", "factdesk_article" + suffix),
                property("factdesk.bench.review-db", "factdesk_review" + suffix),
                Path.of(property("factdesk.bench.out", root.resolve("bench-reports").toString())),
                findSharedArticles(root),
                Path.of(property("factdesk.bench.logs", findUp(root, ".factdesk/logs").toString())),
                Integer.parseInt(property("factdesk.bench.claims-small", smoke ? "200" : "10000")),
                Integer.parseInt(property("factdesk.bench.claims-large", smoke ? "0" : "1000000")),
                Duration.ofMillis(Long.parseLong(property("factdesk.bench.run-millis", smoke ? "1500" : "10000"))),
                Duration.ofMillis(Long.parseLong(property("factdesk.bench.warmup-millis", smoke ? "500" : "5000"))),
                Integer.parseInt(property("factdesk.bench.events", smoke ? "5" : "1000")),
                Integer.parseInt(property("factdesk.bench.ingest-rate", smoke ? "5" : "100")),
                java.util.Set.of(
                        property("factdesk.bench.sections", "read,public,events,ingest,queue,export,webhooks,footprint")
                                .split(",")));
    }

    /** Whether a section runs; all do unless -Dfactdesk.bench.sections names some (for working on one of them). */
    public boolean runs(String section) {
        return sections.contains(section);
    }

    /** Request rates of the read section: the two of the issue, then saturation. */
    public int[] readRates() {
        return smoke ? new int[] { 20, 50 } : new int[] { 200, 1000 };
    }

    /** Published fact-checks the public-site section reads (the 1,000; a handful in smoke mode). */
    public int publicFactChecks() {
        return Integer.parseInt(property("factdesk.bench.public-fact-checks", smoke ? "20" : "1000"));
    }

    /** The Java release the services run on (bench.sh passes the launcher's choice); it sets the start-up limit. */
    public int serviceJavaRelease() {
        return Integer.parseInt(property("factdesk.bench.service-java-release", String.valueOf(Runtime.version().feature())));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** ../shared/articles, found by walking up from the working directory (the module or the repository root). */
    static Path findSharedArticles(Path start) {
        String configured = System.getProperty("factdesk.bench.articles");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/articles");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/articles above " + start + " (set -Dfactdesk.bench.articles)");
    }

    private static Path findUp(Path start, String relative) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        return start.resolve(relative);
    }
}
