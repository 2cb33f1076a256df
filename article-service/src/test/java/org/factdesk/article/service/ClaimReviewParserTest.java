package org.factdesk.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.factdesk.article.domain.ImportedFactCheck;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

class ClaimReviewParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String review(String url, String claim) {
        return "{'@type':'ClaimReview','url':'" + url + "','claimReviewed':'" + claim + "',"
                + "'reviewRating':{'@type':'Rating','alternateName':'False'},"
                + "'author':{'@type':'Organization','name':'Example Checkers'}}";
    }

    @Test
    void aClaimReviewAsPublishersMarkItUp() {
        ClaimReviewParser.Parsed parsed = ClaimReviewParser.parse(
                json("""
                        {'@context':'https://schema.org','@type':'ClaimReview',
                         'url':'HTTPS://Checks.Example.ORG/2024/jobs?lang=es#top',
                         'claimReviewed':'  Unemployment fell to 3.9 percent in March.  ',
                         'reviewRating':{'@type':'Rating','ratingValue':'2','bestRating':5,'worstRating':1,'alternateName':'Mostly false'},
                         'author':[{'@type':'Organization','name':'Example Checkers','url':'https://checks.example.org'}],
                         'itemReviewed':{'@type':'Claim','author':{'@type':'Person','name':'A. Minister'},
                                         'appearance':[{'@type':'CreativeWork','url':'https://news.example.com/a'}]},
                         'datePublished':'2024-03-01','inLanguage':'es'}"""));
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(new ImportedFactCheck("https://checks.example.org/2024/jobs?lang=es",
                "Unemployment fell to 3.9 percent in March.", "Mostly false", 2, 5, 1, "Example Checkers",
                "https://checks.example.org/", "A. Minister", "https://news.example.com/a",
                Instant.parse("2024-03-01T00:00:00Z"), "es")), parsed.items());
    }

    @Test
    void feedsGraphsArraysAndTheSpellingsOfTheType() {
        String feed = "{'@type':'DataFeed','dataFeedElement':[" + review("https://a.example/1", "One")
                + ",{'@type':'DataFeedItem','item':[" + review("https://a.example/2", "Two")
                + ",{'@type':'Thing','name':'not a review'}]}]}";
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), urls(feed));

        String graph = "{'@context':'https://schema.org','@graph':[{'@type':'Organization','name':'X'},"
                + review("https://a.example/3", "Three") + "]}";
        assertEquals(List.of("https://a.example/3"), urls(graph));

        String spellings = "[" + review("https://a.example/4", "Four").replace("'ClaimReview'", "'schema:ClaimReview'")
                + "," + review("https://a.example/5", "Five").replace("'ClaimReview'", "['ClaimReview']")
                + "," + review("https://a.example/6", "Six").replace("'ClaimReview'", "'http://schema.org/ClaimReview'")
                + "]";
        assertEquals(List.of("https://a.example/4", "https://a.example/5", "https://a.example/6"), urls(spellings));
    }

    @Test
    void everyProblemOfEveryItemIsNamedAndNoItemOfThemIsKept() {
        ClaimReviewParser.Parsed parsed = ClaimReviewParser.parse(json("["
                + review("https://ok.example/1", "Fine")
                + ",{'@type':'ClaimReview','reviewRating':{'alternateName':'False'},'author':{'name':'X'}}"
                + ",{'@type':'ClaimReview','url':'javascript:alert(1)','claimReviewed':'C',"
                + "'reviewRating':{'alternateName':'F','ratingValue':7,'bestRating':5,'worstRating':1}}"
                + ",{'@type':'ClaimReview','url':'https://user:pw@x.example/','claimReviewed':'D',"
                + "'reviewRating':{'alternateName':'F','ratingValue':'two'},'author':{'name':'X'},'datePublished':'yesterday'}"
                + "]"));
        assertEquals(List.of("https://ok.example/1"), parsed.items().stream().map(ImportedFactCheck::url).toList());
        assertEquals(List.of(
                new ClaimReviewParser.ItemProblem(1, "items[1].url", "is required"),
                new ClaimReviewParser.ItemProblem(1, "items[1].claimReviewed", "is required"),
                new ClaimReviewParser.ItemProblem(2, "items[2].url", "must be an absolute http or https URL"),
                new ClaimReviewParser.ItemProblem(2, "items[2].reviewRating.ratingValue",
                        "must lie between worstRating and bestRating"),
                new ClaimReviewParser.ItemProblem(2, "items[2].author",
                        "is required: the Organization that published the fact-check"),
                new ClaimReviewParser.ItemProblem(3, "items[3].url", "must not carry a user name or password"),
                new ClaimReviewParser.ItemProblem(3, "items[3].reviewRating.ratingValue", "must be a whole number"),
                new ClaimReviewParser.ItemProblem(3, "items[3].datePublished",
                        "must be a date (yyyy-MM-dd) or a date-time with offset")),
                parsed.problems());
    }

    @Test
    void aRatingOffTheScaleHasALabelOnly() {
        ImportedFactCheck fact = ClaimReviewParser.parse(json(review("https://a.example/7", "Seven"))).items().get(0);
        assertEquals("False", fact.ratingLabel());
        assertNull(fact.ratingValue());
        assertNull(fact.datePublished());
    }

    @Test
    void aDocumentWithoutClaimReviewsOrWithTooManyIsRefusedWhole() {
        assertEquals("the document holds no ClaimReview: expected a ClaimReview, an array of them, a JSON-LD @graph or a "
                + "schema.org DataFeed of them",
                assertThrows(IllegalArgumentException.class, () -> ClaimReviewParser.parse(json("{'@type':'Thing'}")))
                        .getMessage());
        ArrayNode many = JSON.createArrayNode();
        for (int i = 0; i <= ClaimReviewParser.MAX_ITEMS; i++) {
            many.add(json(review("https://a.example/" + i, "Claim " + i)));
        }
        assertEquals("the document holds 1001 ClaimReviews; at most 1000 per import",
                assertThrows(IllegalArgumentException.class, () -> ClaimReviewParser.parse(many)).getMessage());
    }

    private static List<String> urls(String document) {
        ClaimReviewParser.Parsed parsed = ClaimReviewParser.parse(json(document));
        assertEquals(List.of(), parsed.problems());
        return parsed.items().stream().map(ImportedFactCheck::url).toList();
    }
}
