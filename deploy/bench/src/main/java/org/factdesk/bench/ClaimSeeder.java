package org.factdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Fills the services' databases with queued claims directly in SQL (generate_series), matching their Flyway schemas:
 * in the article-service's database articles of {@value #CLAIMS_PER_ARTICLE} QUEUED claims each, in the
 * review-service's a review item per claim, as if every claim had been queued and its event consumed. Ids are
 * derived from the sequence number (md5), so both databases agree on them and re-seeding the same range is a no-op.
 * Only the read section needs this volume; the events and ingest sections create their data through the APIs.
 */
public final class ClaimSeeder {

    static final int CLAIMS_PER_ARTICLE = 20;
    private static final int CHUNK = 100_000;

    /** Every seeded sentence has this length, so a claim's span is computable: sentence k starts at k * (LENGTH + 1). */
    static final int SENTENCE_LENGTH = 80;

    private final BenchConfig config;

    public ClaimSeeder(BenchConfig config) {
        this.config = config;
    }

    /**
     * Seeds claims number [from, to) (both multiples of {@value #CLAIMS_PER_ARTICLE}); returns the seconds it took.
     * A large range is loaded with the tables' secondary indexes set aside and rebuilt afterwards from their own
     * definitions (pg_indexes), which is several times faster than maintaining them row by row.
     */
    public double seed(long from, long to) throws SQLException {
        long started = System.nanoTime();
        boolean bulk = to - from > CHUNK;
        List<String> articleIndexes = List.of();
        List<String> reviewIndexes = List.of();
        if (bulk) {
            try (Connection article = articleDb(); Connection review = reviewDb()) {
                articleIndexes = dropSecondaryIndexes(article, List.of("article", "claim"));
                reviewIndexes = dropSecondaryIndexes(review, List.of("review_item"));
            }
        }
        try {
            load(from, to, started);
        } finally {
            // Also after a failure: the services' tables never stay without their indexes.
            if (bulk) {
                rebuild(articleIndexes, reviewIndexes, started);
            }
        }
        try (Connection article = articleDb(); Statement statement = article.createStatement()) {
            statement.execute("analyze article");
            statement.execute("analyze claim");
        }
        try (Connection review = reviewDb(); Statement statement = review.createStatement()) {
            statement.execute("analyze review_item");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private void rebuild(List<String> articleIndexes, List<String> reviewIndexes, long started) throws SQLException {
        CompletableFuture<Void> articleSide = CompletableFuture.runAsync(() -> {
            try (Connection article = articleDb()) {
                recreate(article, articleIndexes);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        });
        try (Connection review = reviewDb()) {
            recreate(review, reviewIndexes);
        }
        join(articleSide);
        System.out.printf("    rebuilt %d indexes (%.0f s)%n", articleIndexes.size() + reviewIndexes.size(),
                (System.nanoTime() - started) / 1e9);
    }

    private void load(long from, long to, long started) throws SQLException {
        for (long chunkStart = from; chunkStart < to; chunkStart += CHUNK) {
            long chunkEnd = Math.min(to, chunkStart + CHUNK);
            long firstArticle = chunkStart / CLAIMS_PER_ARTICLE;
            long lastArticle = (chunkEnd - 1) / CLAIMS_PER_ARTICLE;
            long chunkFirst = chunkStart;
            // The two databases fill in parallel: one PostgreSQL backend per core.
            CompletableFuture<Void> articleSide = CompletableFuture.runAsync(() -> {
                try (Connection article = articleDb()) {
                    execute(article, ARTICLES, firstArticle, lastArticle);
                    execute(article, CLAIMS, chunkFirst, chunkEnd - 1);
                } catch (SQLException e) {
                    throw new CompletionException(e);
                }
            });
            try (Connection review = reviewDb()) {
                execute(review, REVIEW_ITEMS, chunkStart, chunkEnd - 1);
            }
            join(articleSide);
            System.out.printf("    seeded claims up to %,d (%.0f s)%n", chunkEnd, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void join(CompletableFuture<Void> work) throws SQLException {
        try {
            work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    /** Drops the indexes of {@code tables} that back no constraint; returns their definitions. */
    private static List<String> dropSecondaryIndexes(Connection connection, List<String> tables) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = current_schema() and i.tablename = any(?)
                  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                """)) {
            query.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    definitions.add(rows.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return definitions;
    }

    private static void recreate(Connection connection, List<String> definitions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '256MB'");
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }

    /** Claims and review items in the databases now (seeded or not). */
    public long[] counts() throws SQLException {
        try (Connection article = articleDb(); Connection review = reviewDb()) {
            return new long[] { count(article, "claim"), count(review, "review_item") };
        }
    }

    /** Ids of up to {@code limit} seeded articles, spread over the seeded range. */
    public java.util.List<String> articleIds(long seededClaims, int limit) {
        long articles = Math.max(1, seededClaims / CLAIMS_PER_ARTICLE);
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < Math.min(limit, articles); i++) {
            ids.add(md5Uuid("factdesk-bench-article-" + (random.nextLong() & Long.MAX_VALUE) % articles));
        }
        return ids;
    }

    Connection articleDb() throws SQLException {
        Connection connection = DriverManager.getConnection(config.jdbcUrl(config.articleDb()), "factdesk_article",
                "article-dev-password");
        relaxDurability(connection);
        return connection;
    }

    Connection reviewDb() throws SQLException {
        Connection connection = DriverManager.getConnection(config.jdbcUrl(config.reviewDb()), "factdesk_review",
                "review-dev-password");
        relaxDurability(connection);
        return connection;
    }

    /** Seeding is set-up, not measurement: its own commits need not wait for the disk. */
    private static void relaxDurability(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set synchronous_commit = off");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql, long from, long to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            statement.executeUpdate();
        }
    }

    static String md5Uuid(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().formatHex(digest);
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sentence k of article a: exactly {@value #SENTENCE_LENGTH} characters. */
    private static final String SENTENCE = "'Officials said ' || lpad(((a * 7919 + k * 104729) % 1000000)::text, 6, '0')"
            + " || ' drones crossed the border near sector ' || lpad(a::text, 7, '0') || ' in claim ' || lpad(k::text, 2, '0') || '.'";

    private static final String ARTICLES = """
            insert into article (id, version, title, body, source_url, author, publication, language, status,
                                 created_by, created_at, updated_at)
            select md5('factdesk-bench-article-' || a)::uuid, 0,
                   'Seeded article ' || a || ': drone incursions reported along the border',
                   (select string_agg(%s, ' ' order by k) from generate_series(0, %d) k),
                   'https://example.org/seed/' || a, 'Bench Seeder', 'Factdesk benchmark seed', 'en', 'IN_CHECK',
                   'editor', now() - (a || ' seconds')::interval, now() - (a || ' seconds')::interval
            from generate_series(?::bigint, ?::bigint) a
            on conflict do nothing
            """.formatted(SENTENCE, CLAIMS_PER_ARTICLE - 1);

    private static final String CLAIMS = """
            insert into claim (id, version, article_id, text, original_text, span_start, span_end, context, score,
                               reasons, origin, priority, due_at, status, queued_at, queued_by, created_at, updated_at)
            select md5('factdesk-bench-claim-' || n)::uuid, 1, md5('factdesk-bench-article-' || a)::uuid,
                   s, s, k * %d, k * %d + %d, null, ((n * 7919) %% 1000) / 1000.0, 'number' || chr(10) || 'source',
                   'DETECTED', (array['LOW','NORMAL','HIGH','URGENT'])[1 + n %% 4],
                   case when n %% 3 = 0 then now() + ((n %% 96) || ' hours')::interval end,
                   'QUEUED', now() - (a || ' seconds')::interval, 'editor',
                   now() - (a || ' seconds')::interval, now() - (a || ' seconds')::interval
            from (select n, n / %d as a, n %% %d as k from generate_series(?::bigint, ?::bigint) n) ids,
                 lateral (select %s as s) sentence
            on conflict do nothing
            """.formatted(SENTENCE_LENGTH + 1, SENTENCE_LENGTH + 1, SENTENCE_LENGTH,
            CLAIMS_PER_ARTICLE, CLAIMS_PER_ARTICLE, SENTENCE);

    private static final String REVIEW_ITEMS = """
            insert into review_item (id, version, claim_id, article_id, article_title, article_url, claim_text,
                                     language, check_worthiness, priority, due_at, queued_by, queued_at, state, assignee,
                                     created_at, updated_at)
            select md5('factdesk-bench-review-' || n)::uuid, 0, md5('factdesk-bench-claim-' || n)::uuid,
                   md5('factdesk-bench-article-' || a)::uuid,
                   'Seeded article ' || a || ': drone incursions reported along the border',
                   'https://example.org/seed/' || a, s, 'en', ((n * 7919) %% 1000) / 1000.0,
                   (array['LOW','NORMAL','HIGH','URGENT'])[1 + n %% 4],
                   case when n %% 3 = 0 then now() + ((n %% 96) || ' hours')::interval end,
                   'editor', now() - (a || ' seconds')::interval,
                   case when n %% 10 < 7 then 'QUEUED' else 'IN_RESEARCH' end,
                   case when n %% 10 < 7 then null else (array['reviewer','reviewer2'])[1 + n %% 2] end,
                   now() - (a || ' seconds')::interval, now() - (a || ' seconds')::interval
            from (select n, n / %d as a, n %% %d as k from generate_series(?::bigint, ?::bigint) n) ids,
                 lateral (select %s as s) sentence
            on conflict do nothing
            """.formatted(CLAIMS_PER_ARTICLE, CLAIMS_PER_ARTICLE, SENTENCE);
}
