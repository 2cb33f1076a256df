package org.factdesk.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.factdesk.article.domain.BodyFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns what editors paste (plain text, Markdown, simple HTML) into the plain-text body claims point into. */
@ApplicationScoped
public class BodyTextConverter {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "figure",
            "figcaption", "main");

    /** Elements that are one line each: list items and table rows. */
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd");

    /** Markup that never carries article text. */
    private static final String NON_CONTENT = "script, style, noscript, template, nav, footer, aside, form, button, iframe, svg";

    private final Parser markdownParser = Parser.builder().build();
    private final TextContentRenderer markdownRenderer = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .nodeRendererFactory(LinkTextRenderer::new)
            .build();

    public String toText(String input, BodyFormat format) {
        String text = switch (format) {
            case TEXT -> input;
            case MARKDOWN -> markdownRenderer.render(markdownParser.parse(input));
            case HTML -> htmlToText(input);
        };
        return normalize(text);
    }

    /** Unix newlines, no trailing spaces on lines, at most one blank line between paragraphs. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t\\u00A0]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String htmlToText(String html) {
        Element body = Jsoup.parse(html).body();
        body.select(NON_CONTENT).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String text = textNode.text();
                    if (!text.isBlank() || !out.isEmpty() && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') {
                        out.append(text.isBlank() ? " " : text);
                    }
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (LINES.contains(tag)) {
                        lineBreak(out);
                        if (tag.equals("li")) {
                            out.append("- ");
                        }
                    } else if (BLOCKS.contains(tag)) {
                        paragraphBreak(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (LINES.contains(element.normalName())) {
                        lineBreak(out);
                    } else if (BLOCKS.contains(element.normalName())) {
                        paragraphBreak(out);
                    }
                }
            }
        }, body);
        return out.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Links and images keep only their words: URLs are not prose and must not end up inside claims. */
    private static final class LinkTextRenderer implements NodeRenderer {

        private final TextContentNodeRendererContext context;

        LinkTextRenderer(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends org.commonmark.node.Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(org.commonmark.node.Node node) {
            for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }

    private static void lineBreak(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void paragraphBreak(StringBuilder out) {
        if (!out.isEmpty() && !out.toString().endsWith("\n\n")) {
            out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
