package org.factdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark in smoke mode against the running system (./factdesk test starts it), so the harness cannot rot:
 * every section must run and the report must carry each one.
 */
class BenchSmokeIT {

    @Test
    void smokeRunMeasuresEverySectionAndWritesTheReport() throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        assertTrue(config.smoke(), "the IT runs the harness in smoke mode");

        Bench.Outcome outcome = new Bench(config).run();

        String markdown = Files.readString(outcome.markdown());
        assertEquals(java.util.List.of(), outcome.failedSections(), "failed sections; report:\n" + markdown);
        JsonNode report = Json.parse(Files.readString(outcome.json()));
        for (String section : Report.SECTIONS) {
            assertTrue(report.hasNonNull(section) && !report.get(section).isEmpty(), "section " + section + " missing");
        }
        JsonNode ingest = report.path("ingest").path("result");
        assertTrue(ingest.path("gatewaySaturation").path("succeeded").asLong() > 0, "articles ingested through the gateway");
        assertTrue(ingest.path("directSaturation").path("succeeded").asLong() > 0, "articles ingested directly");
        assertTrue(ingest.path("pgbench").path("tps").asDouble() > 0, "pgbench limit measured");
        assertTrue(ingest.path("claimsDetected").asLong() > 0, "claim detection ran");

        JsonNode queue = report.path("queue");
        for (String run : new String[] { "firstPage", "loadMore" }) {
            JsonNode pages = queue.path(run);
            assertTrue(pages.path("sent").asLong() > 0, "queue " + run + " pages asked for");
            assertEquals(pages.path("sent").asLong(), pages.path("succeeded").asLong(),
                    "every queue " + run + " page answered");
        }

        JsonNode export = report.path("export");
        assertTrue(export.path("rows").asLong() > 0 && export.path("bytes").asLong() > 0, "the queue exported as CSV");

        JsonNode read = report.path("read");
        assertTrue(read.path("limit").size() == 3 && read.path("limit").get(0).path("succeeded").asLong() > 0);
        JsonNode dataset = read.path("datasets").get(0);
        assertTrue(dataset.path("articleView").get(0).path("succeeded").asLong() > 0, "article views read");
        assertTrue(dataset.path("queuePage").get(0).path("succeeded").asLong() > 0, "queue pages read");

        JsonNode events = report.path("events");
        for (String path : new String[] { "queueToReview", "approveToArticle", "approveToBrowser", "kafkaRaw" }) {
            assertEquals(events.path(path).path("expected").asLong(), events.path(path).path("observed").asLong(),
                    "every event of " + path + " observed");
        }
        assertEquals(3, report.path("footprint").size());
        report.path("footprint").forEach(service -> assertTrue(service.path("loadedRssMiB").asLong() > 0,
                "RSS of " + service.path("name").asText()));

        for (String heading : new String[] { "## Machine", "## Goals", "## 1. Ingest", "## 2. Read", "## 3. Event latency",
                "## 4. Footprint" }) {
            assertTrue(markdown.contains(heading), heading + " missing from the Markdown report");
        }
    }
}
