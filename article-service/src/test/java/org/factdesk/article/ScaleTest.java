package org.factdesk.article;

import static org.factdesk.article.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.inject.Inject;

import org.factdesk.article.repository.PageCursor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Keyset pagination at a million claims: a page from the middle of the queue overview and of the
 * article list is answered from the indexes, no sort, no scan of the rows before it. Part of the
 * long suite (./factdesk test --long): seeding a million rows takes a minute here.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "factdesk.long", matches = "true")
class ScaleTest {

    private static final int ARTICLES = 10_000;
    private static final int CLAIMS_PER_ARTICLE = 100;

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void seedAMillionClaims() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet seeded = statement.executeQuery("select count(*) from article where created_by = 'scale-seed'");
            seeded.next();
            if (seeded.getLong(1) >= ARTICLES) {
                return;
            }
            statement.execute("""
                    insert into article (id, version, title, body, author, language, status, created_by, created_at, updated_at)
                    select gen_random_uuid(), 0, 'Scale article ' || g, 'The scale body number ' || g || ' reports 12 schools.',
                           'Scale Seed', 'en', 'IN_CHECK', 'scale-seed', now() - make_interval(mins => g), now()
                    from generate_series(1, %d) g""".formatted(ARTICLES));
            statement.execute("""
                    insert into claim (id, version, article_id, text, original_text, span_start, span_end, context, score,
                                       reasons, origin, priority, status, queued_at, queued_by, created_at, updated_at)
                    select gen_random_uuid(), 0, a.id, 'Scale claim ' || g, 'Scale claim ' || g, 0, 5, 'context', 0.7,
                           'number', 'DETECTED', 'NORMAL', case when g %% 2 = 0 then 'QUEUED' else 'SUGGESTED' end,
                           a.created_at, 'scale-seed', a.created_at + make_interval(secs => g / 1000.0), now()
                    from article a cross join generate_series(1, %d) g
                    where a.created_by = 'scale-seed'""".formatted(CLAIMS_PER_ARTICLE));
            statement.execute("analyze article");
            statement.execute("analyze claim");
        }
    }

    @Test
    void aPageFromTheMiddleOfAMillionClaimsIsServedFromTheIndex() throws SQLException {
        PageCursor middle = rowAt(
                "select created_at, id from claim where status = 'QUEUED' order by created_at desc, id desc offset 250000 limit 1");
        String plan = plan("""
                explain (analyze, format text) select c.* from claim c where c.status = 'QUEUED'
                and (c.created_at, c.id) < ('%s'::timestamptz, '%s'::uuid) order by c.created_at desc, c.id desc limit 21"""
                .formatted(middle.createdAt(), middle.id()));
        // Either keyset index serves it (the planner picks by status selectivity); never a sort of the claims.
        assertTrue(plan.matches("(?s).*Index Scan using claim_(status|created)_keyset.*"), plan);
        assertFalse(plan.contains("Sort"), plan);
        assertTrue(executionMillis(plan) < 50, plan);

        // A first request pays for the token, the key set and query compilation; the second one is measured.
        as("editor").queryParam("status", "QUEUED").queryParam("limit", 20).get("/api/articles/claims").then().statusCode(200);
        var request = as("editor");
        long started = System.nanoTime();
        JsonPath page = request.queryParam("status", "QUEUED").queryParam("limit", 20).queryParam("after", middle.encode())
                .get("/api/articles/claims").then().statusCode(200).extract().jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(20, page.getList("items").size());
        assertTrue(millis < 1000, "deep page took " + millis + " ms");
    }

    @Test
    void aPageFromTheMiddleOfTheArticleListIsServedFromTheIndex() throws SQLException {
        PageCursor middle = rowAt("select created_at, id from article order by created_at desc, id desc offset 5000 limit 1");
        String plan = plan(
                """
                        explain (analyze, format text) select a.* from article a where (a.created_at, a.id) < ('%s'::timestamptz, '%s'::uuid)
                        order by a.created_at desc, a.id desc limit 21"""
                        .formatted(middle.createdAt(), middle.id()));
        assertTrue(plan.contains("Index Scan using article_created_keyset"), plan);
        assertTrue(executionMillis(plan) < 50, plan);
        as("editor").queryParam("after", middle.encode()).queryParam("limit", 20).get("/api/articles")
                .then().statusCode(200);
    }

    private PageCursor rowAt(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            ResultSet row = statement.executeQuery();
            row.next();
            return new PageCursor(row.getObject(1, java.time.OffsetDateTime.class).toInstant(), row.getObject(2, UUID.class));
        }
    }

    private String plan(String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery(explain);
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static double executionMillis(String plan) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.MAX_VALUE;
    }
}
