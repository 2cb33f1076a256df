package org.factdesk.gateway.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The public fact-check site: server-rendered pages readable without JavaScript, feeds and the embeddable card
 * (sitemap.xml and robots.txt: {@link CrawlerFiles}). No login (explicit permit permissions in
 * application.properties); data comes only from the review-service's public read model, so nothing unpublished can appear here.
 * Every response goes through
 * {@link CachedResponses} (ETag, Cache-Control, 304).
 */
@Path("/fact-checks")
@Tag(name = "public site")
public class PublicPages {

    /** What a slug can look like; anything else is 404 without asking the review-service. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int MAX_SLUG_LENGTH = 120;
    static final int PAGE_SIZE = 20;
    /** Entries of the feeds: the newest changes. */
    static final int FEED_SIZE = 50;
    static final String HTML = "text/html; charset=UTF-8";
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    static final String JSON_FEED = "application/feed+json; charset=UTF-8";
    static final String LD_JSON = "application/ld+json; charset=UTF-8";
    /** Width and height of the embed card's iframe in the oEmbed answer, unless the consumer asks for less. */
    static final int EMBED_WIDTH = 560;
    static final int EMBED_HEIGHT = 320;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PublicViews.Site site, String canonical, PublicModel.Page page,
                PublicViews.ListQuery query, String nextUrl);

        static native TemplateInstance factCheck(PublicViews.Site site, String canonical, PublicModel.FactCheck fact,
                List<PublicViews.ScaleStep> scale, String jsonLd, String oEmbed,
                String embed, String description);

        static native TemplateInstance embed(PublicViews.Site site, String canonical, PublicModel.FactCheck fact);
    }

    private final PublicFactChecksClient factChecks;
    private final CachedResponses cached;
    private final ClaimReviewMarkup markup;
    private final Feeds feeds;
    private final SiteUrls urls;
    private final PublicViews.Site site;
    private final String stylesheet;

    public PublicPages(@RestClient PublicFactChecksClient factChecks, CachedResponses cached, ClaimReviewMarkup markup,
            Feeds feeds, SiteUrls urls) {
        this.factChecks = factChecks;
        this.cached = cached;
        this.markup = markup;
        this.feeds = feeds;
        this.urls = urls;
        this.site = urls.site();
        this.stylesheet = resource("publishing/site.css");
    }

    @GET
    @Operation(summary = "Published fact-checks, newest first (HTML)")
    public Uni<Response> list(@QueryParam("q") String q, @QueryParam("rating") String rating,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("after") String after, @Context UriInfo uri, @Context HttpHeaders request) {
        return cached.page(uri, HTML, request, () -> upstream(factChecks.list(blankToNull(q), blankToNull(rating),
                blankToNull(from), blankToNull(to), null, blankToNull(after), PAGE_SIZE))
                .flatMap(page -> Templates.list(site, urls.list(), page, query(q, rating, from, to),
                        page.next() == null ? null : nextUrl(q, rating, from, to, page.next())).createUni()));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One published fact-check with its ClaimReview markup (HTML)")
    public Uni<Response> factCheck(@PathParam("slug") String slug, @Context UriInfo uri,
            @Context HttpHeaders request) {
        return cached.page(uri, HTML, request, () -> published(slug).flatMap(fact -> {
            String canonical = urls.factCheck(fact.slug());
            String jsonLd = markup.forScript(markup.of(fact));
            String description = PublicFormat.ratingName(fact.rating()) + ": " + fact.label() + ". " + fact.summary();
            return Templates.factCheck(site, canonical, fact, scale(fact), jsonLd, urls.oEmbed(fact.slug()),
                    urls.embed(fact.slug()), description).createUni();
        }));
    }

    @GET
    @Path("/{slug}/embed")
    @Operation(summary = "The embeddable card of a fact-check (HTML, the only page other sites may frame)")
    public Uni<Response> embed(@PathParam("slug") String slug, @Context UriInfo uri, @Context HttpHeaders request) {
        return cached.page(uri, HTML, request, () -> published(slug)
                .flatMap(fact -> Templates.embed(site, urls.factCheck(fact.slug()), fact).createUni()));
    }

    @GET
    @Path("/oembed")
    @Operation(summary = "oEmbed (JSON) of a fact-check page: the embed card as a rich iframe")
    public Uni<Response> oEmbed(@QueryParam("url") String url, @QueryParam("format") String format,
            @QueryParam("maxwidth") String maxWidth, @QueryParam("maxheight") String maxHeight,
            @Context UriInfo uri, @Context HttpHeaders request) {
        if (format != null && !format.isBlank() && !"json".equals(format)) {
            // oEmbed 1.0: a format the provider does not offer is 501.
            return Uni.createFrom().item(cached.respond(501, "only format=json is offered\n", "text/plain", request));
        }
        String slug = urls.slugOf(url);
        if (slug == null) {
            return Uni.createFrom().failure(PublicSiteException.notFound("url must be a fact-check page of this site"));
        }
        int width = Math.min(EMBED_WIDTH, dimension("maxwidth", maxWidth));
        int height = Math.min(EMBED_HEIGHT, dimension("maxheight", maxHeight));
        return cached.page(uri, MediaType.APPLICATION_JSON + "; charset=UTF-8", request, () -> published(slug).map(fact -> {
            String iframe = "<iframe src=\"" + attribute(urls.embed(fact.slug())) + "\" width=\"" + width
                    + "\" height=\"" + height + "\" title=\"" + attribute("Fact-check: " + fact.claim())
                    + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("version", "1.0");
            body.put("type", "rich");
            body.put("title", fact.claim());
            body.put("provider_name", site.name());
            body.put("provider_url", site.organizationUrl());
            body.put("cache_age", 3600);
            body.put("html", iframe);
            body.put("width", width);
            body.put("height", height);
            return markup.write(body);
        }));
    }

    @GET
    @Path("/feed.atom")
    @Operation(summary = "Atom feed (RFC 4287) of the newest published fact-checks and corrections")
    public Uni<Response> atom(@Context UriInfo uri, @Context HttpHeaders request) {
        return cached.page(uri, ATOM, request, () -> newestChanges().map(feeds::atom));
    }

    @GET
    @Path("/feed.json")
    @Operation(summary = "JSON Feed 1.1 of the newest published fact-checks and corrections")
    public Uni<Response> jsonFeed(@Context UriInfo uri, @Context HttpHeaders request) {
        return cached.page(uri, JSON_FEED, request, () -> newestChanges().map(facts -> markup.write(feeds.jsonFeed(facts))));
    }

    @GET
    @Path("/claim-reviews.jsonld")
    @Operation(summary = "schema.org DataFeed of the ClaimReview items of the newest changes (JSON-LD)")
    public Uni<Response> dataFeed(@Context UriInfo uri, @Context HttpHeaders request) {
        return cached.page(uri, LD_JSON, request,
                () -> newestChanges().map(facts -> markup.write(markup.dataFeed(facts))));
    }

    @GET
    @Path("/site.css")
    @Operation(summary = "The public pages' stylesheet")
    public Response css(@Context HttpHeaders request) {
        return cached.ok(stylesheet, "text/css; charset=UTF-8", request);
    }

    private Uni<PublicModel.FactCheck> published(String slug) {
        if (slug == null || slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            return Uni.createFrom().failure(PublicSiteException.notFound(
                    "This fact-check does not exist or is not published."));
        }
        return upstream(factChecks.bySlug(slug));
    }

    /** A review-service that cannot be reached or fails becomes 503 (its refusals are already PublicSiteException). */
    static <T> Uni<T> upstream(Uni<T> call) {
        return call.onFailure(e -> !(e instanceof PublicSiteException)).transform(PublicPages::unavailable);
    }

    private Uni<List<PublicModel.Summary>> newestChanges() {
        return upstream(factChecks.list(null, null, null, null, "updated", null, FEED_SIZE)).map(PublicModel.Page::items);
    }

    private static PublicSiteException unavailable(Throwable failure) {
        return PublicSiteException.unavailable("review-service: " + failure);
    }

    private static List<PublicViews.ScaleStep> scale(PublicModel.FactCheck fact) {
        if (fact.ratingValue() == null) {
            return List.of();
        }
        List<PublicViews.ScaleStep> steps = new ArrayList<>();
        List<String> names = List.of("FALSE", "MOSTLY_FALSE", "HALF_TRUE", "MOSTLY_TRUE", "TRUE");
        for (int value = fact.worstRating(); value <= fact.bestRating() && value - 1 < names.size(); value++) {
            steps.add(new PublicViews.ScaleStep(value, PublicFormat.ratingName(names.get(value - 1)),
                    value == fact.ratingValue()));
        }
        return steps;
    }

    private static PublicViews.ListQuery query(String q, String rating, String from, String to) {
        List<PublicViews.RatingOption> options = PublicFormat.RATINGS.entrySet().stream()
                .map(r -> new PublicViews.RatingOption(r.getKey(), r.getValue(), r.getKey().equalsIgnoreCase(rating)))
                .toList();
        boolean filtered = blankToNull(q) != null || blankToNull(rating) != null || blankToNull(from) != null
                || blankToNull(to) != null;
        return new PublicViews.ListQuery(q, from, to, options, filtered);
    }

    /** The same filters, one page further; parameters in a fixed order so that equal pages share one URL (cache). */
    private static String nextUrl(String q, String rating, String from, String to, String next) {
        StringBuilder url = new StringBuilder("/fact-checks?");
        TreeMap<String, String> params = new TreeMap<>();
        params.put("q", blankToNull(q));
        params.put("rating", blankToNull(rating));
        params.put("from", blankToNull(from));
        params.put("to", blankToNull(to));
        params.forEach((name, value) -> {
            if (value != null) {
                url.append(name).append('=').append(SiteUrls.encode(value)).append('&');
            }
        });
        return url.append("after=").append(SiteUrls.encode(next)).toString();
    }

    private static int dimension(String name, String value) {
        if (value == null || value.isBlank()) {
            return Integer.MAX_VALUE;
        }
        try {
            int pixels = Integer.parseInt(value.strip());
            if (pixels < 1) {
                throw PublicSiteException.badRequest(name + " must be a positive number of pixels");
            }
            return pixels;
        } catch (NumberFormatException e) {
            throw PublicSiteException.badRequest(name + " must be a positive number of pixels");
        }
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String resource(String name) {
        try (InputStream in = PublicPages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
