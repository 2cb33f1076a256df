package org.factdesk.article.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

import org.factdesk.article.domain.BodyFormat;

/**
 * Bodies an editor could submit to make text handling slow: long runs of whitespace, deep nesting, endless
 * repetition, one huge "sentence", tens of thousands of tiny ones, in each accepted format. Each is built to a
 * requested size in UTF-8 bytes (the unit the 200 KB limit counts), so cost can be compared across sizes.
 */
public final class AdversarialBodies {

    /** The largest body the service accepts (factdesk.article.max-body-bytes). */
    public static final int LIMIT = 204_800;

    private static final String STORY = """
            Over 50,000 Russian troops gathered around the Sumy border in May, the defence ministry said.
            The council cut spending by 4% in 2024. Critics called the plan “reckless” — twice.
            Nearly 300 drones were launched at Kyiv overnight, according to the air force.

            """;

    private AdversarialBodies() {
    }

    /** One adversarial body: {@code build.apply(bytes)} is at most {@code bytes} long in UTF-8. */
    public record Body(String name, BodyFormat format, IntFunction<String> build) {

        public String ofSize(int bytes) {
            return build.apply(bytes);
        }

        @Override
        public String toString() {
            return name + " (" + format + ")";
        }
    }

    public static List<Body> all() {
        return List.of(
                // Whitespace
                text("one run of spaces inside a line", n -> repeat("The budget rose.", " ", "It fell by 5% in 2024.", n)),
                text("indented line (run of spaces at a line start)", n -> repeat("Intro.\n", " ", "x\nThe budget rose.", n)),
                text("spaces before every newline", n -> repeat("", " ".repeat(500) + "\n", "The budget rose.", n)),
                text("tabs and no-break spaces", n -> repeat("The budget rose.", "\t\u00a0 ", "It fell.", n)),
                text("blank lines", n -> repeat("A.", "\n", "B.", n)),
                text("CRLF and lone CR", n -> repeat("A.", "\r\n\r \r", "B.", n)),
                // Many tiny sentences and lines
                text("tiny sentences", n -> repeat("", "A. ", "", n)),
                text("tiny lines", n -> repeat("", "a\n", "", n)),
                text("tab-separated sentences", n -> repeat("", "Ab.\t", "", n)),
                text("bullet markers", n -> repeat("", "- ", "x", n)),
                text("numbered items", n -> repeat("", "1. 2) ", "x", n)),
                text("checkable sentences", n -> repeat("", "The ministry reported 41 new cases on Monday. ", "", n)),
                text("boilerplate lines between claims",
                        n -> repeat("", "Share\nThe council spent 5 million dollars in 2024.\n", "", n)),
                text("sample story repeated", n -> repeat("", STORY, "", n)),
                text("one sentence repeated as its own paragraph", n -> repeat("", "It rained 3 days in May.\n\n", "", n)),
                // One huge sentence or token
                text("one sentence without punctuation", n -> repeat("The", " word", ".", n)),
                text("one token", n -> repeat("", "a", "", n)),
                text("one token full of full stops", n -> repeat("", "a.", "", n)),
                text("claim-length sentences of one dotted token", n -> repeat("", "a.".repeat(900) + "a b. ", "", n)),
                text("claim-length sentences of one long number", n -> repeat("", "1,".repeat(900) + "1 rose. ", "", n)),
                text("dash line", n -> repeat("", "-", " x", n)),
                text("opening quotes never closed", n -> repeat("", "“".repeat(600) + "a. ", "", n)),
                text("quotes closed at once", n -> repeat("", "\"a\" ", ".", n)),
                text("capitalised words", n -> repeat("It", " Big", ".", n)),
                text("digits", n -> repeat("It", " 1,000", ".", n)),
                // Markdown
                markdown("nested block quotes", n -> repeat("", ">", " x", n)),
                markdown("nested lists", n -> repeat("", listLevels(), "", n)),
                markdown("unclosed emphasis", n -> repeat("", "*a _b ", "", n)),
                markdown("emphasis runs", n -> repeat("", "**a", "", n)),
                markdown("open brackets", n -> repeat("", "[", "a", n)),
                markdown("link openers", n -> repeat("", "[a](", "", n)),
                markdown("image openers", n -> repeat("", "![", "", n)),
                markdown("backticks", n -> repeat("", "`a``", "", n)),
                markdown("headings", n -> repeat("", "# The budget rose.\n", "", n)),
                markdown("html blocks", n -> repeat("", "<div>\n", "x", n)),
                markdown("sample story repeated", n -> repeat("", STORY.replace("May", "**May**"), "", n)),
                // HTML
                html("paragraphs", n -> repeat("", "<p>The council met on Monday.</p>", "", n)),
                html("list items", n -> repeat("<ul>", "<li>x</li>", "</ul>", n)),
                html("empty blocks", n -> repeat("", "<div></div>", "x", n)),
                html("nested divs", n -> repeat("", "<div>", "x", n)),
                html("nested bold", n -> repeat("", "<b>", "x", n)),
                html("nested formatting", n -> repeat("", "<b><i><u><a>", "x", n)),
                html("unclosed paragraphs", n -> repeat("", "<p>x", "", n)),
                html("nested tables", n -> repeat("", "<table><tr><td>", "x", n)),
                html("table cells", n -> repeat("<table><tr>", "<td>x", "", n)),
                html("line breaks", n -> repeat("x", "<br>", "y", n)),
                html("scripts and navigation", n -> repeat("<p>Story.</p>", "<nav>x</nav><script>y</script>", "", n)),
                html("many attributes", n -> repeat("<p", " a=1", ">x</p>", n)),
                html("distinct attributes", n -> counted("<p", i -> " a" + i + "=1", ">x</p>", n)),
                html("entities", n -> repeat("<p>", "&amp;&#x41;", "</p>", n)),
                html("comments", n -> repeat("<p>Story.</p>", "<!--x-->", "", n)),
                html("sample story repeated", n -> repeat("", "<p>" + STORY.replace("\n\n", "</p><p>"), "", n)));
    }

    private static Body text(String name, IntFunction<String> build) {
        return new Body(name, BodyFormat.TEXT, build);
    }

    private static Body markdown(String name, IntFunction<String> build) {
        return new Body(name, BodyFormat.MARKDOWN, build);
    }

    private static Body html(String name, IntFunction<String> build) {
        return new Body(name, BodyFormat.HTML, build);
    }

    /** A list whose items nest ten levels deep, again and again. */
    private static String listLevels() {
        StringBuilder levels = new StringBuilder();
        for (int level = 0; level < 10; level++) {
            levels.append("  ".repeat(level)).append("- x\n");
        }
        return levels.toString();
    }

    /** {@code head}, as many {@code unit}s as fit, then {@code tail}. */
    private static String repeat(String head, String unit, String tail, int bytes) {
        return counted(head, i -> unit, tail, bytes);
    }

    private static String counted(String head, IntFunction<String> unit, String tail, int bytes) {
        StringBuilder out = new StringBuilder(head);
        int size = utf8(head) + utf8(tail);
        for (int i = 0;; i++) {
            String next = unit.apply(i);
            int length = utf8(next);
            if (size + length > bytes) {
                break;
            }
            out.append(next);
            size += length;
        }
        return out.append(tail).toString();
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
