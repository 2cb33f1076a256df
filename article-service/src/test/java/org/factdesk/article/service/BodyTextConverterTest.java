package org.factdesk.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.factdesk.article.domain.BodyFormat;
import org.junit.jupiter.api.Test;

class BodyTextConverterTest {

    private final BodyTextConverter converter = new BodyTextConverter();

    @Test
    void plainTextKeepsItsWordsAndGetsUnixNewlines() {
        assertEquals("First line.\nSecond line.\n\nNew paragraph.",
                converter.toText("  First line.  \r\nSecond line.\r\n\r\n\r\n\r\nNew paragraph.\n", BodyFormat.TEXT));
    }

    @Test
    void markdownLosesItsMarkup() {
        assertEquals("Title\n\nSome bold and italic text with a link.\n\n- first\n- second",
                converter.toText(
                        "# Title\n\nSome **bold** and _italic_ text with a [link](http://x.org).\n\n- first\n- second\n",
                        BodyFormat.MARKDOWN));
    }

    @Test
    void htmlKeepsParagraphsAndDropsScriptsNavigationAndFooters() {
        String html = "<nav>Home | World</nav><h2>Title</h2><p>One <i>sentence</i>.<br>Two.</p>"
                + "<ul><li>alpha</li><li>beta</li></ul><script>x()</script><footer>Share</footer>";
        assertEquals("Title\n\nOne sentence.\nTwo.\n\n- alpha\n- beta", converter.toText(html, BodyFormat.HTML));
    }

    @Test
    void normalisationFollowsTheSameRulesAsTheRegularExpressionsItReplaces() {
        Random random = new Random(16);
        for (int run = 0; run < 5000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(" \t\u00a0\n\r\u2003ab".charAt(random.nextInt(8)));
            }
            String input = text.toString();
            String expected = input.replace("\r\n", "\n").replace('\r', '\n')
                    .replaceAll("[ \\t\\u00A0]+\\n", "\n")
                    .replaceAll("\\n{3,}", "\n\n")
                    .strip();
            assertEquals(expected, BodyTextConverter.normalize(input), () -> "input: " + input.replace("\n", "\\n"));
        }
    }

    @Test
    void markdownNestedDeeperThanAnyArticleKeepsItsWords() {
        String quotes = ">".repeat(100_000) + " Nearly 300 drones were launched.";
        assertEquals("Nearly 300 drones were launched.",
                converter.toText(quotes, BodyFormat.MARKDOWN).replaceAll("[«»\\s]+", " ").strip());
        StringBuilder lists = new StringBuilder();
        for (int level = 0; level < 300; level++) {
            lists.append("  ".repeat(level)).append("- item ").append(level).append('\n');
        }
        String text = converter.toText(lists.toString(), BodyFormat.MARKDOWN);
        assertTrue(text.contains("item 0") && text.contains("item 299"), "every item's words are kept");
    }

    @Test
    void htmlSkipsNonContentAtAnyDepthAndKeepsTheTextAroundIt() {
        String html = "<div><p>Before <span>it<script>track()</script><button>Menu <b>Home</b></button></span> and after.</p>"
                + "<aside>Related</aside><p>Next.</p></div>";
        assertEquals("Before it and after.\n\nNext.", converter.toText(html, BodyFormat.HTML));
    }
}
