package org.factdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database limit for ingest: raw single-row INSERT transactions per second into the article-service's own
 * PostgreSQL, measured with pgbench and a custom script, on a scratch table created and dropped around the run.
 */
public final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final String TABLE = "bench_raw_insert";

    public record Result(String command, int clients, double seconds, double tps, double latencyAverageMillis) {
    }

    private PgBench() {
    }

    public static Result insertThroughput(BenchConfig config, int clients, Duration duration) throws Exception {
        String url = config.jdbcUrl(config.articleDb());
        try (Connection connection = DriverManager.getConnection(url, "factdesk_article", "article-dev-password");
                Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            // One row shaped like an ingested article's key facts: its id, a title-sized text and two timestamps.
            statement.execute("create table " + TABLE + " (id uuid primary key, title varchar(500) not null, "
                    + "created_at timestamptz not null, updated_at timestamptz not null)");
        }
        Path script = Files.createTempFile("factdesk-pgbench", ".sql");
        try {
            Files.writeString(script, "insert into " + TABLE + " (id, title, created_at, updated_at) "
                    + "values (gen_random_uuid(), md5(random()::text), now(), now());\n");
            List<String> command = List.of("pgbench", "--no-vacuum", "--client=" + clients, "--jobs=" + Math.min(clients, 2),
                    "--time=" + Math.max(1, duration.toSeconds()), "--file=" + script,
                    "--host=" + config.dbHost(), "--port=" + config.dbPort(), "--username=factdesk_article",
                    config.articleDb());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", "article-dev-password");
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed: " + out);
            }
            Matcher tps = TPS.matcher(out);
            Matcher latency = LATENCY.matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("no tps in pgbench output: " + out);
            }
            String shown = String.join(" ", command).replace(script.toString(), "insert.sql") + "  # insert.sql: "
                    + Files.readString(script).trim();
            return new Result(shown,
                    clients, duration.toSeconds(), Double.parseDouble(tps.group(1)),
                    latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "pgbench is needed for the ingest limit (Debian: postgresql-client): " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(script);
            try (Connection connection = DriverManager.getConnection(url, "factdesk_article", "article-dev-password");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists " + TABLE);
            } catch (SQLException e) {
                System.err.println("could not drop " + TABLE + ": " + e.getMessage());
            }
        }
    }
}
