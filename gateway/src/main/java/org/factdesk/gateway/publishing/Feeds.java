package org.factdesk.gateway.publishing;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The machine-readable views of the site: Atom (RFC 4287), JSON Feed 1.1 and the sitemap. Feeds list the newest
 * changes first; a correction is an update of the same entry (same id, newer updated), not a new entry. XML is
 * written with a streaming writer, so any text from a claim is escaped and the documents are well-formed.
 */
@ApplicationScoped
public class Feeds {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** Characters XML 1.0 cannot carry at all, even escaped; dropped rather than making the feed unparseable. */
    private static final java.util.regex.Pattern NOT_XML = java.util.regex.Pattern
            .compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final PublicSiteConfig config;
    private final SiteUrls urls;

    public Feeds(PublicSiteConfig config, SiteUrls urls) {
        this.config = config;
        this.urls = urls;
    }

    public String atom(List<PublicModel.Summary> facts) {
        return xml(out -> {
            out.writeStartElement("feed");
            out.writeDefaultNamespace(ATOM_NS);
            element(out, "id", urls.atom());
            element(out, "title", config.organization().name() + " fact-checks");
            element(out, "updated", newest(facts).toString());
            link(out, "self", urls.atom(), "application/atom+xml");
            link(out, "alternate", urls.list(), "text/html");
            out.writeStartElement("author");
            element(out, "name", config.organization().name());
            element(out, "uri", config.organization().url());
            out.writeEndElement();
            for (PublicModel.Summary fact : facts) {
                out.writeStartElement("entry");
                element(out, "id", urls.factCheck(fact.slug()));
                element(out, "title", fact.claim());
                element(out, "published", fact.firstPublishedAt().toString());
                element(out, "updated", fact.lastPublishedAt().toString());
                link(out, "alternate", urls.factCheck(fact.slug()), "text/html");
                out.writeStartElement("category");
                out.writeAttribute("term", fact.rating());
                out.writeAttribute("label", NOT_XML.matcher(fact.label()).replaceAll(""));
                out.writeEndElement();
                out.writeStartElement("summary");
                out.writeAttribute("type", "text");
                out.writeCharacters(NOT_XML.matcher(fact.label() + ". " + fact.summary()).replaceAll(""));
                out.writeEndElement();
                out.writeEndElement();
            }
            out.writeEndElement();
        });
    }

    public String sitemap(List<PublicModel.IndexEntry> entries) {
        return xml(out -> {
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(SITEMAP_NS);
            out.writeStartElement("url");
            element(out, "loc", urls.list());
            element(out, "lastmod", entries.stream().map(PublicModel.IndexEntry::lastModified)
                    .max(Instant::compareTo).orElse(Instant.EPOCH).toString());
            out.writeEndElement();
            for (PublicModel.IndexEntry entry : entries) {
                out.writeStartElement("url");
                element(out, "loc", urls.factCheck(entry.slug()));
                element(out, "lastmod", entry.lastModified().toString());
                out.writeEndElement();
            }
            out.writeEndElement();
        });
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl, String description, List<Author> authors,
            List<Item> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(String name, String url, String avatar) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, String url, String title, @JsonProperty("content_text") String contentText,
            String summary, @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified, List<String> tags, String language) {
    }

    public JsonFeed jsonFeed(List<PublicModel.Summary> facts) {
        PublicSiteConfig.Organization org = config.organization();
        return new JsonFeed(JSON_FEED_VERSION, org.name() + " fact-checks", urls.list(), urls.jsonFeed(),
                "Published fact-checks of " + org.name() + "; corrections update their item.",
                List.of(new Author(org.name(), org.url(), org.logo().orElse(null))),
                facts.stream().map(fact -> new Item(urls.factCheck(fact.slug()), urls.factCheck(fact.slug()),
                        fact.claim(), fact.label() + ". " + fact.summary(), fact.label(), fact.firstPublishedAt(),
                        fact.lastPublishedAt(), List.of(fact.rating()), fact.language())).toList());
    }

    public String robots() {
        return "# Only the public fact-check site is for crawlers; the desk behind a login is not.\n"
                + "User-agent: *\n"
                + "Allow: /fact-checks\n"
                + "Disallow: /\n"
                + "\n"
                + "Sitemap: " + urls.sitemap() + "\n";
    }

    private static Instant newest(List<PublicModel.Summary> facts) {
        return facts.stream().map(PublicModel.Summary::lastPublishedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private interface XmlBody {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = XML.createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            body.write(out);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
        out.writeEndElement();
    }

    private static void link(XMLStreamWriter out, String rel, String href, String type) throws XMLStreamException {
        out.writeEmptyElement("link");
        out.writeAttribute("rel", rel);
        out.writeAttribute("href", href);
        out.writeAttribute("type", type);
    }
}
