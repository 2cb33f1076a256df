package org.factdesk.article.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factdesk.article.domain.ImportedFactCheck;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads other organisations' fact-checks from schema.org JSON-LD as publishers put it on their pages and in their
 * feeds: one ClaimReview, an array of them, a JSON-LD {@code @graph}, or a DataFeed whose elements are ClaimReviews
 * or DataFeedItems wrapping them. Every item is checked on its own, so a bad document is answered with every
 * problem at once. The work is bounded by {@link #MAX_ITEMS} and by the request body limit.
 */
public final class ClaimReviewParser {

    /** ClaimReviews in one document; a larger archive is imported in several documents. */
    public static final int MAX_ITEMS = 1_000;
    static final int MAX_TEXT = 2_000;
    static final int MAX_NAME = 300;
    static final int MAX_URL = 2_000;

    /** What a document held: the ClaimReviews in document order, or the problems of the items that are invalid. */
    public record Parsed(List<ImportedFactCheck> items, List<ItemProblem> problems) {
    }

    /** A problem of one item; {@code field} is its JSON path from the item list, e.g. {@code items[2].url}. */
    public record ItemProblem(int index, String field, String message) {
    }

    private ClaimReviewParser() {
    }

    public static Parsed parse(JsonNode document) {
        List<JsonNode> nodes = claimReviews(document);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("the document holds no ClaimReview: expected a ClaimReview, an array of "
                    + "them, a JSON-LD @graph or a schema.org DataFeed of them");
        }
        if (nodes.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("the document holds " + nodes.size() + " ClaimReviews; at most "
                    + MAX_ITEMS + " per import");
        }
        List<ImportedFactCheck> items = new ArrayList<>();
        List<ItemProblem> problems = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Item item = new Item(i, nodes.get(i), problems);
            ImportedFactCheck parsed = item.read();
            if (parsed != null) {
                items.add(parsed);
            }
        }
        return new Parsed(items, problems);
    }

    /** The ClaimReview nodes of a document, in order; other nodes of a @graph or feed are skipped. */
    static List<JsonNode> claimReviews(JsonNode document) {
        List<JsonNode> found = new ArrayList<>();
        if (document == null) {
            return found;
        }
        if (document.isArray()) {
            document.forEach(node -> collect(node, found));
        } else if (document.has("@graph")) {
            document.path("@graph").forEach(node -> collect(node, found));
        } else {
            collect(document, found);
        }
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (isA(node, "ClaimReview")) {
            found.add(node);
        } else if (isA(node, "DataFeed")) {
            // Only one level: a feed's elements are ClaimReviews or DataFeedItems that wrap them.
            for (JsonNode element : iterable(node.path("dataFeedElement"))) {
                if (isA(element, "ClaimReview")) {
                    found.add(element);
                } else if (isA(element, "DataFeedItem")) {
                    for (JsonNode item : iterable(element.path("item"))) {
                        if (isA(item, "ClaimReview")) {
                            found.add(item);
                        }
                    }
                }
            }
        }
    }

    /** @type as a name, a compact IRI or a full IRI, alone or in an array. */
    static boolean isA(JsonNode node, String type) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (JsonNode value : iterable(node.path("@type"))) {
            String text = value.asText("");
            if (text.equals(type) || text.endsWith(":" + type) || text.endsWith("/" + type)) {
                return true;
            }
        }
        return false;
    }

    /** A JSON-LD value that may be one node or an array of them. */
    private static List<JsonNode> iterable(JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return nodes;
        }
        if (node.isArray()) {
            node.forEach(nodes::add);
        } else {
            nodes.add(node);
        }
        return nodes;
    }

    /** The first node of a value that may be an array. */
    private static JsonNode first(JsonNode node) {
        List<JsonNode> nodes = iterable(node);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /** One ClaimReview being read; problems are added to the shared list under this item's index. */
    private static final class Item {

        private final int index;
        private final JsonNode node;
        private final List<ItemProblem> problems;
        private final int problemsBefore;

        Item(int index, JsonNode node, List<ItemProblem> problems) {
            this.index = index;
            this.node = node;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        ImportedFactCheck read() {
            String url = url("url", node.path("url"), true);
            String claim = text("claimReviewed", node.path("claimReviewed"), MAX_TEXT, true);
            JsonNode rating = first(node.path("reviewRating"));
            String label = null;
            Integer value = null;
            Integer best = null;
            Integer worst = null;
            if (rating == null || !rating.isObject()) {
                problem("reviewRating", "is required: a Rating with alternateName");
            } else {
                label = text("reviewRating.alternateName", rating.path("alternateName"), MAX_NAME, true);
                value = integer("reviewRating.ratingValue", rating.path("ratingValue"));
                best = integer("reviewRating.bestRating", rating.path("bestRating"));
                worst = integer("reviewRating.worstRating", rating.path("worstRating"));
                if (value != null && (best == null || worst == null)) {
                    problem("reviewRating", "a ratingValue needs bestRating and worstRating");
                } else if (value != null && (worst > best || value < worst || value > best)) {
                    problem("reviewRating.ratingValue", "must lie between worstRating and bestRating");
                }
            }
            JsonNode author = first(node.path("author"));
            String publisher = null;
            String publisherUrl = null;
            if (author == null || !author.isObject()) {
                problem("author", "is required: the Organization that published the fact-check");
            } else {
                publisher = text("author.name", author.path("name"), MAX_NAME, true);
                publisherUrl = url("author.url", author.path("url"), false);
            }
            JsonNode claimNode = first(node.path("itemReviewed"));
            String claimAuthor = null;
            String appearance = null;
            if (claimNode != null && claimNode.isObject()) {
                JsonNode claimant = first(claimNode.path("author"));
                claimAuthor = claimant == null ? null
                        : text("itemReviewed.author.name", claimant.path("name"), MAX_NAME, false);
                JsonNode seen = first(claimNode.has("appearance") ? claimNode.path("appearance")
                        : claimNode.path("firstAppearance"));
                appearance = seen == null ? null
                        : url("itemReviewed.appearance.url", seen.isTextual() ? seen : seen.path("url"), false);
            }
            Instant published = date("datePublished", node.path("datePublished"));
            String language = language(node.path("inLanguage"));
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new ImportedFactCheck(url, claim, label, value, best, worst, publisher, publisherUrl, claimAuthor,
                    appearance, published, language);
        }

        private void problem(String field, String message) {
            problems.add(new ItemProblem(index, "items[" + index + "]." + field, message));
        }

        private String text(String field, JsonNode value, int max, boolean required) {
            if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                if (required) {
                    problem(field, "is required");
                }
                return null;
            }
            if (!value.isTextual()) {
                problem(field, "must be text");
                return null;
            }
            String text = value.asText().strip();
            if (text.length() > max) {
                problem(field, "must be at most " + max + " characters");
                return null;
            }
            return text;
        }

        /** An absolute http(s) URL, normalised so the same page imported twice has one key. */
        private String url(String field, JsonNode value, boolean required) {
            String text = text(field, value, MAX_URL, required);
            if (text == null) {
                return null;
            }
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    problem(field, "must be an absolute http or https URL");
                    return null;
                }
                if (uri.getRawUserInfo() != null) {
                    problem(field, "must not carry a user name or password");
                    return null;
                }
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                        + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
                        + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (URISyntaxException e) {
                problem(field, "is not a valid URL");
                return null;
            }
        }

        private Integer integer(String field, JsonNode value) {
            if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                return null;
            }
            String text = value.isNumber() ? value.asText() : value.isTextual() ? value.asText().strip() : null;
            try {
                if (text != null) {
                    double number = Double.parseDouble(text);
                    if (number == Math.rint(number) && Math.abs(number) <= 1_000_000) {
                        return (int) number;
                    }
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            problem(field, "must be a whole number");
            return null;
        }

        /** A date (yyyy-MM-dd, taken as UTC midnight) or a date-time with offset. */
        private Instant date(String field, JsonNode value) {
            String text = text(field, value, 40, false);
            if (text == null) {
                return null;
            }
            try {
                return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                problem(field, "must be a date (yyyy-MM-dd) or a date-time with offset");
                return null;
            }
        }

        private String language(JsonNode value) {
            JsonNode language = first(value);
            if (language == null) {
                return null;
            }
            String tag = language.isTextual() ? language.asText().strip() : language.path("alternateName").asText("").strip();
            return tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}") ? tag : null;
        }
    }
}
