package org.factdesk.gateway.publishing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.factdesk.gateway.publishing.JsonLdDocuments.expandOne;
import static org.factdesk.gateway.publishing.JsonLdDocuments.id;
import static org.factdesk.gateway.publishing.JsonLdDocuments.object;
import static org.factdesk.gateway.publishing.JsonLdDocuments.type;
import static org.factdesk.gateway.publishing.JsonLdDocuments.value;
import static org.factdesk.gateway.publishing.PublicReadModelBackend.HOSTILE_CLAIM;
import static org.factdesk.gateway.publishing.PublicReadModelBackend.HOSTILE_SLUG;
import static org.factdesk.gateway.publishing.PublicReadModelBackend.SLUG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.JsonObject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonArray;

@QuarkusTest
@WithTestResource(PublicReadModelBackend.class)
class PublicSiteTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    // On the management port, relative to its root path (/q).
    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    static final String BASE = "https://facts.example.org";
    static final String SCHEMA = JsonLdDocuments.SCHEMA;

    /** A reader with no session at all. */
    static Response get(String path) {
        return given().redirects().follow(false).get(path);
    }

    /** Parses as HTML5 with the spec's tokenizer and tree builder; any parse error fails the test. */
    static Document html(Response response) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document page = Jsoup.parse(response.asString(), BASE, parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML5 parse errors");
        assertTrue(response.asString().startsWith("<!DOCTYPE html>"), "HTML5 doctype");
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertNotNull(page.selectFirst("head > meta[charset=utf-8]"));
        assertNotNull(page.selectFirst("head > meta[name=viewport]"), "responsive viewport");
        assertFalse(page.title().isBlank());
        assertEquals(1, page.select("h1").size(), "one h1");
        assertEquals(1, page.select("main").size(), "one main landmark");
        for (Element control : page.select("input, select, textarea")) {
            assertNotNull(page.selectFirst("label[for=" + control.id() + "]"), "a label for " + control);
        }
        for (Element image : page.select("img")) {
            assertTrue(image.hasAttr("alt"), "alt text on " + image);
        }
        return page;
    }

    @Test
    void aFactCheckPageIsPublicHtmlWithCanonicalOpenGraphAndEveryClaimReviewField() throws Exception {
        Response response = get("/fact-checks/" + SLUG);
        assertEquals(200, response.statusCode(), response::asString);
        assertTrue(response.contentType().startsWith("text/html"));
        Document page = html(response);
        String canonical = BASE + "/fact-checks/" + SLUG;
        assertEquals(canonical, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(canonical, page.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("Fact-check: The council doubled the bus budget in 2025.",
                page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:description]").attr("content").startsWith("Mostly false"));
        assertEquals("Example Fact Desk", page.selectFirst("meta[property=og:site_name]").attr("content"));
        assertEquals("https://example.org/logo.png", page.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals(BASE + "/fact-checks/oembed?format=json&url=" + java.net.URLEncoder.encode(canonical,
                StandardCharsets.UTF_8),
                page.selectFirst("link[rel=alternate][type=application/json+oembed]").attr("href"));

        // What a reader sees: claim, who and where, rating on its scale, summary, explanation, sources, history.
        String text = page.selectFirst("main").text();
        assertEquals("The council doubled the bus budget in 2025.", page.selectFirst("h1").text());
        assertTrue(text.contains("Claim by Jane Mayor, in Council doubles the bus budget, 20 November 2026"), text);
        assertEquals("https://news.example.org/2026/11/bus-budget",
                page.selectFirst(".claim-source a").attr("href"));
        assertEquals("Our rating: Mostly false", page.selectFirst("#verdict-heading").text());
        assertTrue(text.contains("Mostly false: a 6% rise"));
        assertTrue(text.contains("2 on a scale from 1 (false) to 5 (true)"), text);
        assertEquals("2 · Mostly false", page.selectFirst(".scale li[aria-current=true]").text());
        assertTrue(text.contains("The bus budget rose 6%, not 100%."));
        assertTrue(text.contains("The 2025 budget lists 12.4 million."));
        assertEquals(List.of("https://www.example.gov/budget/2025", "https://stats.example.org/transport"),
                page.select(".sources li > p:first-child a").eachAttr("href"));
        assertEquals(1, page.select(".sources .badge").size(), "one primary source");
        assertTrue(text.contains("Budget 2025 — City Council Primary source"), text);
        assertTrue(text.contains("Bus services: 12.4 million"));
        assertTrue(text.contains("Accessed 20 November 2026"));
        assertTrue(text.contains("Published 21 November 2026; last corrected 22 November 2026."), text);
        assertTrue(page.selectFirst(".corrections").text()
                .contains("Correction, 22 November 2026: The 2024 figure was revised; the rise is 6%."));

        String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
        JsonObject review = expandOne(jsonLd);
        assertEquals(SCHEMA + "ClaimReview", type(review));
        assertEquals(canonical, id(review, "url"));
        assertEquals("The council doubled the bus budget in 2025.", value(review, "claimReviewed"));
        assertEquals("2026-11-21T10:00:00Z", value(review, "datePublished"));
        assertEquals("2026-11-22T09:30:00Z", value(review, "dateModified"), "the correction");
        assertEquals(1, review.getJsonArray(SCHEMA + "correction").size(), "one correction after the first version");
        JsonObject correction = object(review, "correction");
        assertEquals(SCHEMA + "CorrectionComment", type(correction));
        assertEquals("The 2024 figure was revised; the rise is 6%.", value(correction, "text"));
        assertEquals("2026-11-22T09:30:00Z", value(correction, "datePublished"));
        JsonObject rating = object(review, "reviewRating");
        assertEquals(SCHEMA + "Rating", type(rating));
        assertEquals("2", value(rating, "ratingValue"));
        assertEquals("5", value(rating, "bestRating"));
        assertEquals("1", value(rating, "worstRating"));
        assertEquals("Mostly false: a 6% rise", value(rating, "alternateName"));
        JsonObject claim = object(review, "itemReviewed");
        assertEquals(SCHEMA + "Claim", type(claim));
        assertEquals("Jane Mayor", value(object(claim, "author"), "name"));
        assertEquals("2026-11-20T08:00:00Z", value(claim, "datePublished"));
        assertEquals("https://news.example.org/2026/11/bus-budget", id(object(claim, "appearance"), "url"));
        assertEquals("Council doubles the bus budget", value(object(claim, "appearance"), "headline"));
        assertEquals("https://news.example.org/2026/11/bus-budget", id(object(claim, "firstAppearance"), "url"));
        JsonObject author = object(review, "author");
        assertEquals(SCHEMA + "Organization", type(author));
        assertEquals("Example Fact Desk", value(author, "name"));
        assertEquals("https://example.org", id(author, "url"));
        assertEquals("https://example.org/logo.png", id(object(author, "logo"), "url"));

        // The read model was asked with the gateway's own service-account token, not as any user.
        String token = PublicReadModelBackend.AUTHORIZATIONS.get(PublicReadModelBackend.AUTHORIZATIONS.size() - 1);
        assertTrue(token.startsWith("Bearer "), token);
        io.vertx.core.json.JsonObject claims = new io.vertx.core.json.JsonObject(new String(
                Base64.getUrlDecoder().decode(token.substring(7).split("\\.")[1]), StandardCharsets.UTF_8));
        assertEquals("factdesk-gateway", claims.getString("azp"));
        assertEquals("service-account-factdesk-gateway", claims.getString("preferred_username"));
        assertTrue(claims.getJsonObject("realm_access").getJsonArray("roles").contains("public-site"));
    }

    @Test
    void textFromTheDeskCannotBreakOutOfThePageOrItsMarkup() throws Exception {
        Response response = get("/fact-checks/" + HOSTILE_SLUG);
        assertEquals(200, response.statusCode());
        Document page = html(response);
        assertEquals(1, page.select("script").size(), "only the JSON-LD script element");
        assertTrue(page.select("img").isEmpty(), "no element from the explanation");
        assertEquals(HOSTILE_CLAIM, page.selectFirst("h1").text());
        JsonObject review = expandOne(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals(HOSTILE_CLAIM, value(review, "claimReviewed"));
        JsonObject rating = object(review, "reviewRating");
        assertEquals("Misleading </script>", value(rating, "alternateName"));
        assertFalse(rating.containsKey(SCHEMA + "ratingValue"), "off the numeric scale");
        assertTrue(page.selectFirst("main").text().contains("This rating is not on the true–false scale."));
    }

    @Test
    void theListPageSearchesFiltersAndPagesWithAnAccessibleForm() {
        Response first = get("/fact-checks?q=bus&rating=MOSTLY_FALSE&from=2026-11-01&to=2026-11-30");
        assertEquals(200, first.statusCode());
        Document page = html(first);
        assertEquals(BASE + "/fact-checks", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("bus", page.selectFirst("input#q").val());
        assertEquals("MOSTLY_FALSE", page.selectFirst("select#rating option[selected]").val());
        assertEquals("2026-11-01", page.selectFirst("input#from").val());
        assertEquals(List.of("/fact-checks/" + SLUG), page.select(".fact-list h2 a").eachAttr("href"));
        assertEquals("Mostly false", page.selectFirst(".fact-list .rating").text());
        String next = page.selectFirst("a[rel=next]").attr("href");
        assertEquals("/fact-checks?from=2026-11-01&q=bus&rating=MOSTLY_FALSE&to=2026-11-30&after=page2", next);
        assertTrue(PublicReadModelBackend.URIS.contains(
                "/api/public/fact-checks?q=bus&rating=MOSTLY_FALSE&from=2026-11-01&to=2026-11-30&limit=20"),
                () -> PublicReadModelBackend.URIS.toString());

        Document second = html(get(next));
        assertEquals(List.of(HOSTILE_CLAIM), second.select(".fact-list h2").eachText());
        assertTrue(second.select("a[rel=next]").isEmpty(), "the last page");
    }

    @Test
    void badQueriesAre400AndUnknownOrUnpublishedSlugs404AsHtmlPages() {
        Response bad = get("/fact-checks?rating=bad");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.contentType().startsWith("text/html"));
        assertTrue(html(bad).selectFirst("main").text().contains("rating: must be one of"));
        assertEquals(400, get("/fact-checks/oembed?url=" + BASE + "/fact-checks/" + SLUG + "&maxwidth=wide")
                .statusCode());

        Response missing = get("/fact-checks/no-such-fact-check-000000000000");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.contentType().startsWith("text/html"));
        Document page = html(missing);
        assertEquals("Fact-check not found", page.selectFirst("h1").text());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        int calls = PublicReadModelBackend.URIS.size();
        assertEquals(404, get("/fact-checks/Not_A_Slug").statusCode());
        assertEquals(404, get("/fact-checks/" + "a".repeat(121)).statusCode());
        assertEquals(404, get("/fact-checks/" + SLUG + "/embed/more").statusCode());
        assertEquals(calls, PublicReadModelBackend.URIS.size(), "malformed slugs never reach the review-service");
    }

    @Test
    void aReviewServiceThatFailsGivesA503PageThatAsksToTryAgainAndIsNotKept() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            int calls = PublicReadModelBackend.URIS.size();
            Response failed = get("/fact-checks/" + PublicReadModelBackend.CRASHING_SLUG);
            assertEquals(503, failed.statusCode());
            assertEquals("30", failed.header("Retry-After"));
            assertEquals("no-cache", failed.header("Cache-Control"));
            Document page = html(failed);
            assertEquals("Temporarily unavailable", page.selectFirst("h1").text());
            assertTrue(page.selectFirst("main").text().contains("Please try again shortly"));
            assertFalse(failed.asString().contains("review-service"), "the reader sees nothing of the inside");
            assertEquals(calls + 1, PublicReadModelBackend.URIS.size(),
                    "attempt " + attempt + " asks the review-service again");
        }
    }

    @Test
    void aPageIsRenderedOnceAndAgainOnlyAfterAVerdictIsPublished() {
        // The live-events consumer starts at the newest offset: it must have its partitions before the event is sent.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(ready).then().statusCode(200));
        String path = "/fact-checks/" + SLUG + "/embed";
        String upstream = "/api/public/fact-checks/" + SLUG;
        assertEquals(200, get(path).statusCode());
        long rendered = upstreamCalls(upstream);
        assertEquals(200, get(path).statusCode());
        assertEquals(200, get(path).statusCode());
        assertEquals(rendered, upstreamCalls(upstream), "a warm page is served by the gateway alone");

        String claimId = UUID.randomUUID().toString();
        String event = new io.vertx.core.json.JsonObject().put("eventId", UUID.randomUUID().toString())
                .put("occurredAt", Instant.now().toString()).put("version", 1).put("claimId", claimId).encode();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("verdicts.published", claimId, event))
                    .awaitCompletion(Duration.ofSeconds(10));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertEquals(200, get(path).statusCode());
            assertEquals(rendered + 1, upstreamCalls(upstream), "rendered again after the publication");
        });
        assertEquals(200, get(path).statusCode());
        assertEquals(rendered + 1, upstreamCalls(upstream), "and kept again");
    }

    static long upstreamCalls(String uri) {
        return PublicReadModelBackend.URIS.stream().filter(uri::equals).count();
    }

    @Test
    void everyPublicResponseHasAnETagAndCacheControlAndRevalidatesWith304() {
        for (String path : List.of("/fact-checks", "/fact-checks/" + SLUG, "/fact-checks/" + SLUG + "/embed",
                "/fact-checks/feed.atom", "/fact-checks/feed.json", "/fact-checks/claim-reviews.jsonld",
                "/fact-checks/oembed?url=" + BASE + "/fact-checks/" + SLUG, "/fact-checks/site.css",
                "/sitemap.xml", "/robots.txt")) {
            Response first = get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = first.header("ETag");
            assertTrue(etag != null && etag.matches("\"[A-Za-z0-9_-]+\""), path + " ETag " + etag);
            assertEquals("public, max-age=60", first.header("Cache-Control"), path);
            assertEquals(etag, get(path).header("ETag"), path + ": same bytes, same ETag");
            Response revalidated = given().redirects().follow(false).header("If-None-Match", "\"other\", " + etag)
                    .get(path);
            assertEquals(304, revalidated.statusCode(), path);
            assertEquals("", revalidated.asString(), path);
            assertEquals(etag, revalidated.header("ETag"));
            assertEquals("public, max-age=60", revalidated.header("Cache-Control"));
            assertEquals(200, given().header("If-None-Match", "\"stale\"").get(path).statusCode(), path);
        }
        Response missing = get("/fact-checks/no-such-fact-check-000000000000");
        assertNotNull(missing.header("ETag"));
        assertEquals("public, max-age=60", missing.header("Cache-Control"));
    }

    @Test
    void theAtomFeedFollowsRfc4287() throws Exception {
        Response response = get("/fact-checks/feed.atom");
        assertTrue(response.contentType().startsWith("application/atom+xml"));
        assertTrue(PublicReadModelBackend.URIS.contains("/api/public/fact-checks?order=updated&limit=50"),
                "corrections first: the feed lists the latest changes");
        org.w3c.dom.Document feed = xml(response.asByteArray());
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        // atom:feed MUST contain exactly one id, title and updated, an author (or every entry one), a self link.
        assertEquals(BASE + "/fact-checks/feed.atom", only(root, "id").getTextContent());
        assertEquals("Example Fact Desk fact-checks", only(root, "title").getTextContent());
        assertEquals("2026-11-22T09:30:00Z", rfc3339(only(root, "updated").getTextContent()));
        assertEquals("Example Fact Desk", only(only(root, "author"), "name").getTextContent());
        assertEquals(BASE + "/fact-checks/feed.atom", link(root, "self"));
        NodeList entries = root.getElementsByTagNameNS(Feeds.ATOM_NS, "entry");
        assertEquals(1, entries.getLength());
        org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(0);
        assertEquals(BASE + "/fact-checks/" + SLUG, only(entry, "id").getTextContent());
        assertTrue(URI.create(only(entry, "id").getTextContent()).isAbsolute(), "atom:id is an IRI");
        assertEquals("The council doubled the bus budget in 2025.", only(entry, "title").getTextContent());
        assertEquals("2026-11-22T09:30:00Z", rfc3339(only(entry, "updated").getTextContent()));
        assertEquals("2026-11-21T10:00:00Z", rfc3339(only(entry, "published").getTextContent()));
        assertEquals(BASE + "/fact-checks/" + SLUG, link(entry, "alternate"));
        assertEquals("Mostly false: a 6% rise. The bus budget rose 6%, not 100%.",
                only(entry, "summary").getTextContent());
    }

    @Test
    void theJsonFeedFollowsVersion11() {
        Response response = get("/fact-checks/feed.json");
        assertTrue(response.contentType().startsWith("application/feed+json"));
        io.vertx.core.json.JsonObject feed = new io.vertx.core.json.JsonObject(response.asString());
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertEquals("Example Fact Desk fact-checks", feed.getString("title"));
        assertEquals(BASE + "/fact-checks", feed.getString("home_page_url"));
        assertEquals(BASE + "/fact-checks/feed.json", feed.getString("feed_url"));
        assertEquals("Example Fact Desk", feed.getJsonArray("authors").getJsonObject(0).getString("name"));
        JsonArray items = feed.getJsonArray("items");
        assertEquals(1, items.size());
        io.vertx.core.json.JsonObject item = items.getJsonObject(0);
        // Each item MUST have an id and content_html or content_text.
        assertEquals(BASE + "/fact-checks/" + SLUG, item.getString("id"));
        assertEquals(BASE + "/fact-checks/" + SLUG, item.getString("url"));
        assertEquals("Mostly false: a 6% rise. The bus budget rose 6%, not 100%.", item.getString("content_text"));
        assertEquals("2026-11-21T10:00:00Z", rfc3339(item.getString("date_published")));
        assertEquals("2026-11-22T09:30:00Z", rfc3339(item.getString("date_modified")));
    }

    @Test
    void theDataFeedIsJsonLdOfClaimReviews() throws Exception {
        Response response = get("/fact-checks/claim-reviews.jsonld");
        assertTrue(response.contentType().startsWith("application/ld+json"));
        JsonObject feed = expandOne(response.asString());
        assertEquals(SCHEMA + "DataFeed", type(feed));
        assertEquals(BASE + "/fact-checks/claim-reviews.jsonld", id(feed, "url"));
        var elements = feed.getJsonArray(SCHEMA + "dataFeedElement");
        assertEquals(1, elements.size());
        JsonObject review = elements.getJsonObject(0);
        assertEquals(SCHEMA + "ClaimReview", type(review));
        assertEquals(BASE + "/fact-checks/" + SLUG, id(review, "url"));
        assertEquals("Example Fact Desk", value(object(review, "author"), "name"));
        assertEquals("2", value(object(review, "reviewRating"), "ratingValue"));
    }

    @Test
    void theSitemapListsEveryPublishedPageWithLastmodAndRobotsPointsAtIt() throws Exception {
        Response response = get("/sitemap.xml");
        assertTrue(response.contentType().startsWith("application/xml"));
        org.w3c.dom.Element urlset = xml(response.asByteArray()).getDocumentElement();
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        NodeList urls = urlset.getElementsByTagNameNS(Feeds.SITEMAP_NS, "url");
        assertEquals(3, urls.getLength());
        Map<String, String> lastmod = new java.util.LinkedHashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            lastmod.put(only(url, "loc").getTextContent(), rfc3339(only(url, "lastmod").getTextContent()));
        }
        assertEquals(Map.of(BASE + "/fact-checks", "2026-11-22T09:30:00Z",
                BASE + "/fact-checks/" + SLUG, "2026-11-22T09:30:00Z",
                BASE + "/fact-checks/" + HOSTILE_SLUG, "2026-11-19T10:00:00Z"), lastmod);

        Response robots = get("/robots.txt");
        assertTrue(robots.contentType().startsWith("text/plain"));
        assertTrue(robots.asString().contains("Sitemap: " + BASE + "/sitemap.xml\n"));
        assertTrue(robots.asString().contains("Allow: /fact-checks\n"));
    }

    @Test
    void onlyTheEmbedCardMayBeFramedAndOEmbedDescribesIt() {
        Response embed = get("/fact-checks/" + SLUG + "/embed");
        assertEquals(200, embed.statusCode());
        assertEquals(null, embed.header("X-Frame-Options"));
        assertTrue(embed.header("Content-Security-Policy").contains("frame-ancestors *"));
        assertTrue(embed.header("Content-Security-Policy").contains("default-src 'none'"));
        Document card = Jsoup.parse(embed.asString());
        assertEquals("The council doubled the bus budget in 2025.", card.selectFirst("h1").text());
        assertEquals(BASE + "/fact-checks/" + SLUG, card.selectFirst("link[rel=canonical]").attr("href"));

        for (String path : List.of("/fact-checks", "/fact-checks/" + SLUG, "/sitemap.xml")) {
            Response page = get(path);
            assertEquals("DENY", page.header("X-Frame-Options"), path);
            assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
        }

        Response oEmbed = get("/fact-checks/oembed?format=json&maxwidth=400&url=" + BASE + "/fact-checks/" + SLUG);
        assertEquals(200, oEmbed.statusCode());
        io.vertx.core.json.JsonObject answer = new io.vertx.core.json.JsonObject(oEmbed.asString());
        assertEquals("1.0", answer.getString("version"));
        assertEquals("rich", answer.getString("type"));
        assertEquals(400, answer.getInteger("width"));
        assertEquals(320, answer.getInteger("height"));
        assertEquals("Example Fact Desk", answer.getString("provider_name"));
        Element iframe = Jsoup.parse(answer.getString("html")).selectFirst("iframe");
        assertEquals(BASE + "/fact-checks/" + SLUG + "/embed", iframe.attr("src"));
        assertFalse(iframe.attr("title").isBlank(), "an accessible name for the frame");
        assertEquals(404, get("/fact-checks/oembed?url=https://elsewhere.example/fact-checks/" + SLUG).statusCode());
        assertEquals(501, get("/fact-checks/oembed?format=xml&url=" + BASE + "/fact-checks/" + SLUG).statusCode());
    }

    @Test
    void theRestOfTheGatewayStillNeedsASession() {
        assertEquals(302, get("/").statusCode(), "the desk's UI sends anonymous readers to the login");
        assertEquals(302, get("/articles").statusCode());
        assertEquals(401, get("/api/me").statusCode());
        assertEquals(401, get("/api/reviews").statusCode());
        Response post = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("q=x").post("/fact-checks");
        assertTrue(post.statusCode() == 302 || post.statusCode() == 401 || post.statusCode() == 403,
                "only GET and HEAD are public: " + post.statusCode());
    }

    // ------------------------------------------------------------------ parsing helpers

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** The single child element of this name in the parent's own namespace; fails on none or several. */
    private static org.w3c.dom.Element only(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = new java.util.ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element element && name.equals(element.getLocalName())
                    && parent.getNamespaceURI().equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        assertEquals(1, found.size(), "exactly one " + name + " in " + parent.getLocalName());
        return found.get(0);
    }

    private static String link(org.w3c.dom.Element parent, String rel) {
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element element && "link".equals(element.getLocalName())
                    && rel.equals(element.getAttribute("rel"))) {
                return element.getAttribute("href");
            }
        }
        throw new AssertionError("no link rel=" + rel);
    }

    /** RFC 3339 date-time, normalised to UTC 'Z' form for comparison. */
    private static String rfc3339(String text) {
        return OffsetDateTime.parse(text).toInstant().toString();
    }
}
