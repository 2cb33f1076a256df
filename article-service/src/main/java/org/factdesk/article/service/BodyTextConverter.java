package org.factdesk.article.service;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

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
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Turns what editors paste (plain text, Markdown, simple HTML) into the plain-text body claims point into. */
@ApplicationScoped
public class BodyTextConverter {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "figure",
            "figcaption", "main");

    /** Elements that are one line each: list items and table rows. */
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd");

    /** Markup that never carries article text. */
    private static final Set<String> NON_CONTENT = Set.of("script", "style", "noscript", "template", "nav", "footer",
            "aside", "form", "button", "iframe", "svg");

    /** Deeper Markdown nesting is flattened before rendering (see {@link #flattenDeepNesting}). */
    static final int MAX_MARKDOWN_DEPTH = 32;

    private final Parser markdownParser = Parser.builder().build();
    private final TextContentRenderer markdownRenderer = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .nodeRendererFactory(LinkTextRenderer::new)
            .build();

    public String toText(String input, BodyFormat format) {
        String text = switch (format) {
            case TEXT -> input;
            case MARKDOWN -> markdownRenderer.render(flattenDeepNesting(markdownParser.parse(input)));
            case HTML -> htmlToText(input);
        };
        return normalize(text);
    }

    /**
     * Unix newlines, no trailing spaces or tabs on lines, at most one blank line between paragraphs. One pass over the
     * text: a regular expression here backtracks over every run of spaces it meets, which made a long run quadratic.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blanksFrom = -1;
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (blanksFrom >= 0) {
                    out.setLength(blanksFrom);
                    blanksFrom = -1;
                }
                if (newlines < 2) {
                    out.append('\n');
                }
                newlines++;
            } else {
                if (c == ' ' || c == '\t' || c == '\u00A0') {
                    if (blanksFrom < 0) {
                        blanksFrom = out.length();
                    }
                } else {
                    blanksFrom = -1;
                    newlines = 0;
                }
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * Lifts the content of Markdown containers nested deeper than {@link #MAX_MARKDOWN_DEPTH} (block quotes in block
     * quotes, lists in lists, emphasis in emphasis) into their parent: the text renderer recurses once per level, so a
     * line of 100,000 "&gt;" would overflow the stack. No article nests that deep; the words are kept.
     */
    static org.commonmark.node.Node flattenDeepNesting(org.commonmark.node.Node document) {
        org.commonmark.node.Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            org.commonmark.node.Node child = node.getFirstChild();
            if (child != null && depth > MAX_MARKDOWN_DEPTH) {
                while (node.getFirstChild() != null) {
                    node.insertBefore(node.getFirstChild());
                }
                node.unlink();
                node = child;
                continue;
            }
            if (child != null) {
                node = child;
                depth++;
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == document ? null : node.getNext();
        }
        return document;
    }

    private static String htmlToText(String html) {
        StringBuilder out = new StringBuilder();
        // Skipping non-content subtrees in the walk costs nothing; removing them first shifts every later sibling.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String text = textNode.text();
                    if (!text.isBlank()
                            || !out.isEmpty() && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') {
                        out.append(text.isBlank() ? " " : text);
                    }
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (NON_CONTENT.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
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
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (LINES.contains(element.normalName())) {
                        lineBreak(out);
                    } else if (BLOCKS.contains(element.normalName())) {
                        paragraphBreak(out);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, Jsoup.parse(html).body());
        return out.toString().lines().map(String::strip).collect(Collectors.joining("\n"));
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

    /** Looks at the last two characters only: copying the whole text per block made many blocks quadratic. */
    private static void paragraphBreak(StringBuilder out) {
        int length = out.length();
        if (length > 0 && !(length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n')) {
            out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
