package org.factdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class SampleArticlesTest {

    private final SampleArticles articles = new SampleArticles(
            BenchConfig.findSharedArticles(Path.of(System.getProperty("user.dir"))), "t");

    @Test
    void everyRequestIsADifferentValidArticleFromTheSharedTexts() {
        Set<String> bodies = new HashSet<>();
        for (int n = 0; n < 50; n++) {
            JsonNode request = Json.parse(articles.createRequest(n));
            assertTrue(request.path("title").asText().length() <= 500);
            assertTrue(request.path("body").asText().length() > 1000, "a real article text");
            assertEquals("en", request.path("language").asText());
            bodies.add(request.path("body").asText());
        }
        assertEquals(50, bodies.size());
        assertEquals(5, articles.count());
    }

    @Test
    void theSameNumberGivesTheSameArticle() {
        assertEquals(articles.createRequest(7), articles.createRequest(7));
        assertNotEquals(articles.createRequest(7), articles.createRequest(12));
    }
}
