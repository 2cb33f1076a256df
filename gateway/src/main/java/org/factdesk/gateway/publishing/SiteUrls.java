package org.factdesk.gateway.publishing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

/** Absolute public URLs of the site, all from the configured base URL (never from the request). */
@ApplicationScoped
public class SiteUrls {

    private final String base;
    private final PublicViews.Site site;

    public SiteUrls(PublicSiteConfig config) {
        this.base = config.baseUrl().replaceAll("/+$", "");
        PublicSiteConfig.Organization org = config.organization();
        this.site = new PublicViews.Site(org.name(), org.url(), org.logo().orElse(null), list(), atom(), jsonFeed(),
                stylesheet());
    }

    /** The site's identity and shared links, as every page shows them. */
    public PublicViews.Site site() {
        return site;
    }

    public String base() {
        return base;
    }

    public String list() {
        return base + "/fact-checks";
    }

    public String factCheck(String slug) {
        return base + "/fact-checks/" + slug;
    }

    public String embed(String slug) {
        return factCheck(slug) + "/embed";
    }

    public String atom() {
        return base + "/fact-checks/feed.atom";
    }

    public String jsonFeed() {
        return base + "/fact-checks/feed.json";
    }

    public String dataFeed() {
        return base + "/fact-checks/claim-reviews.jsonld";
    }

    public String sitemap() {
        return base + "/sitemap.xml";
    }

    public String oEmbed(String slug) {
        return base + "/fact-checks/oembed?format=json&url=" + encode(factCheck(slug));
    }

    public String stylesheet() {
        return base + "/fact-checks/site.css";
    }

    /** The slug of one of our fact-check page URLs, or null for any other URL (oEmbed accepts only ours). */
    public String slugOf(String url) {
        String prefix = base + "/fact-checks/";
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        String slug = url.substring(prefix.length()).replaceAll("/+$", "");
        return PublicPages.SLUG.matcher(slug).matches() ? slug : null;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
