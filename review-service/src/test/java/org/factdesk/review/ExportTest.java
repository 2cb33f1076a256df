package org.factdesk.review;

import static org.factdesk.review.Desk.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The CSV exports against the real database, broker and Keycloak. The desk is shared with other tests, so rows are
 * compared exactly for our items only; the test profile reads 7 rows per chunk, so every export here crosses chunk
 * boundaries.
 */
@QuarkusTest
class ExportTest {

    static final String QUEUE_HEADER = "id,claim_id,article_id,article_title,claim_text,claim_author,priority,due_at,"
            + "overdue,check_worthiness,state,assignee,queued_by,queued_at,updated_at\r\n";
    static final String VERDICT_HEADER = "review_id,claim_id,article_id,article_title,article_url,claim_text,"
            + "claim_author,rating,label,summary,researched_by,approved_by,verdict_version,first_published_at,"
            + "published_at,correction_note,state,public_url\r\n";

    @Inject
    Pool database;

    @Test
    void queueExportHasTheHeaderOurExactRowsWithFormulasNeutralisedAndRespectsTheFilters() {
        String article = UUID.randomUUID().toString();
        JsonPath urgent = Desk.queuedReview(event -> {
            event.put("articleId", article);
            event.put("priority", "URGENT");
            event.put("articleTitle", "+SUM(A1:A9), the budget");
            event.put("claimText", "=HYPERLINK(\"https://evil.example\",\"click\")");
            event.put("claimAuthor", "@mayor");
            event.put("checkWorthiness", 0.75);
        });
        JsonPath low = Desk.queuedReview(event -> {
            event.put("articleId", article);
            event.put("priority", "LOW");
            event.put("claimText", "Bus fares fell by 10 percent; \"a record\", said the mayor.");
        });

        Response all = export("editor", "/api/reviews/export/queue.csv?state=QUEUED");
        String csv = all.asString();
        assertTrue(csv.startsWith(QUEUE_HEADER), csv.substring(0, Math.min(200, csv.length())));
        String urgentLine = urgent.getString("id") + "," + urgent.getString("claimId") + "," + article
                + ",\"'+SUM(A1:A9), the budget\",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",'@mayor,"
                + "URGENT,,false,0.75,QUEUED,,editor," + urgent.getString("queuedAt") + ","
                + urgent.getString("updatedAt") + "\r\n";
        String lowLine = low.getString("id") + "," + low.getString("claimId") + "," + article
                + ",Council doubles the bus budget,\"Bus fares fell by 10 percent; \"\"a record\"\", said the mayor.\","
                + "Jane Mayor,LOW,,false,0.8,QUEUED,,editor," + low.getString("queuedAt") + ","
                + low.getString("updatedAt") + "\r\n";
        assertTrue(csv.contains("\r\n" + urgentLine), "the urgent item's exact row in:\n" + ourLines(csv, article));
        assertTrue(csv.contains("\r\n" + lowLine), "the low item's exact row in:\n" + ourLines(csv, article));
        // Queue order: URGENT before LOW.
        assertTrue(csv.indexOf(urgentLine) < csv.indexOf(lowLine));

        String urgentOnly = export("admin", "/api/reviews/export/queue.csv?state=queued&priority=URGENT").asString();
        assertTrue(urgentOnly.contains(urgentLine));
        assertFalse(urgentOnly.contains(low.getString("id")));
        String inResearch = export("editor", "/api/reviews/export/queue.csv?state=IN_RESEARCH").asString();
        assertFalse(inResearch.contains(urgent.getString("id")));
        assertTrue(inResearch.startsWith(QUEUE_HEADER));
    }

    @Test
    void queueExportStreamsEveryRowOnceInQueueOrderAcrossChunks() {
        // 30 rows straight into the table (withdrawn, so they stay out of the open queue other tests read): with 7
        // rows a chunk the export takes five chunks for them alone, the last one short.
        String article = UUID.randomUUID().toString();
        database.preparedQuery("insert into review_item (id, claim_id, article_id, article_title, claim_text, "
                + "check_worthiness, priority, queued_by, queued_at, state, created_at, updated_at) "
                + "select gen_random_uuid(), gen_random_uuid(), $1, 'Export chunks', 'claim ' || g, g / 100.0, "
                + "'LOW', 'editor', now(), 'WITHDRAWN', now(), now() from generate_series(1, 30) g")
                .execute(Tuple.of(UUID.fromString(article))).await().atMost(Duration.ofSeconds(10));

        Response response = export("editor", "/api/reviews/export/queue.csv?state=WITHDRAWN&priority=LOW");
        // Written while it is read: chunked, no Content-Length.
        assertEquals("chunked", response.header("Transfer-Encoding"));
        List<String> ours = rows(response.asString()).stream().filter(row -> row.contains("," + article + ","))
                .map(row -> row.split(",")[4]).toList();
        // Most check-worthy first: claim 30 (0.30) down to claim 1 (0.01), each exactly once.
        assertEquals(IntStream.iterate(30, g -> g >= 1, g -> g - 1).mapToObj(g -> "claim " + g).toList(), ours);
    }

    @Test
    void verdictsExportHasThePublishedVerdictsExactlyAndFiltersByRating() {
        JsonPath review = Steps.take("reviewer", Desk.queuedReview(event -> {
            event.put("claimText", "-5% unemployment, the lowest ever");
            event.put("articleTitle", "Jobs report");
        }));
        Steps.addSource("reviewer", review);
        JsonPath submitted = Steps.ok(Steps.post("reviewer", review.getString("id"), "submit",
                Desk.body("rating", "FALSE", "label", "@false: it rose", "summary", "Unemployment rose to 5.4%.",
                        "explanation", "The statistics office reports 5.4%.", "version", review.getLong("version"))));
        JsonPath published = Steps.approve("editor", submitted);
        String url = Desk.review("reviewer", "/api/reviews/" + published.getString("id") + "/claim-review")
                .getString("url");

        Response response = export("admin", "/api/reviews/export/verdicts.csv");
        assertEquals("attachment; filename=\"verdicts.csv\"", response.header("Content-Disposition"));
        String csv = response.asString();
        assertTrue(csv.startsWith(VERDICT_HEADER));
        String line = published.getString("id") + "," + published.getString("claimId") + ","
                + published.getString("articleId") + ",Jobs report,https://news.example.org/2026/11/bus-budget,"
                + "\"'-5% unemployment, the lowest ever\",Jane Mayor,FALSE,'@false: it rose,Unemployment rose to 5.4%.,reviewer,editor,1,"
                + published.getString("verdict.publishedAt") + "," + published.getString("verdict.publishedAt")
                + ",,PUBLISHED," + url + "\r\n";
        assertTrue(csv.contains("\r\n" + line), "the exact row in:\n" + ourLines(csv, published.getString("id")));
        // Newest first publication first: ours is the newest.
        assertEquals(line, csv.substring(VERDICT_HEADER.length(), VERDICT_HEADER.length() + line.length()));

        assertTrue(export("editor", "/api/reviews/export/verdicts.csv?rating=FALSE").asString().contains(line));
        String trueOnly = export("editor", "/api/reviews/export/verdicts.csv?rating=TRUE").asString();
        assertTrue(trueOnly.startsWith(VERDICT_HEADER));
        assertFalse(trueOnly.contains(published.getString("id")));
    }

    @Test
    void statsExportHasTheDashboardFigures() {
        // A queued item of its own: the counters list only non-zero figures, and other tests may have emptied the queue.
        Desk.queuedReview(event -> {
        });
        JsonPath stats = as("editor").get("/api/reviews/stats").then().statusCode(200).extract().jsonPath();
        Response response = export("editor", "/api/reviews/export/stats.csv");
        assertEquals("attachment; filename=\"desk-figures.csv\"", response.header("Content-Disposition"));
        String csv = response.asString();
        assertTrue(csv.startsWith("figure,key,value\r\n"));
        // Another test may change the figures in between; the overdue row and the rows' shape are stable.
        assertTrue(csv.contains("\r\noverdue,,"));
        assertTrue(csv.contains("\r\ncount_by_state,QUEUED,"));
        assertTrue(stats.getMap("countsByState").containsKey("QUEUED"));
        assertTrue(rows(csv).stream().allMatch(row -> row.split(",", -1).length == 3), csv);
    }

    @Test
    void reviewersGet403AnonymousGet401AndBadFiltersGet400() {
        for (String path : List.of("/api/reviews/export/queue.csv", "/api/reviews/export/verdicts.csv",
                "/api/reviews/export/stats.csv")) {
            as("reviewer").accept("text/csv, application/problem+json").get(path).then().statusCode(403)
                    .contentType("application/problem+json").body("status", is(403));
            RestAssured.given().accept("text/csv, application/problem+json").get(path).then().statusCode(401)
                    .contentType("application/problem+json");
            // JAX-RS matches the Accept header before any security check: a JSON-only client learns only that.
            as("editor").accept("application/json").get(path).then().statusCode(406);
        }
        as("editor").accept("text/csv, application/problem+json").get("/api/reviews/export/queue.csv?state=LOST")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("state"))
                .body("detail", containsString("must be one of"));
        as("editor").accept("text/csv, application/problem+json").get("/api/reviews/export/queue.csv?priority=x")
                .then().statusCode(400).body("field", equalTo("priority"));
        as("editor").accept("text/csv, application/problem+json").get("/api/reviews/export/verdicts.csv?rating=x")
                .then().statusCode(400).body("field", equalTo("rating"));
    }

    private static Response export(String user, String path) {
        Response response = as(user).accept("text/csv").get(path);
        response.then().statusCode(200).header("Cache-Control", "no-store");
        String type = response.contentType().toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(type.startsWith("text/csv") && type.contains("charset=utf-8"), type);
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename="));
        return response;
    }

    /** Data records (our test rows have no line breaks inside fields). */
    private static List<String> rows(String csv) {
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        return lines.subList(1, lines.size());
    }

    private static String ourLines(String csv, String marker) {
        return String.join("\n", rows(csv).stream().filter(row -> row.contains(marker)).toList());
    }
}
