package org.factdesk.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                converter.toText("# Title\n\nSome **bold** and _italic_ text with a [link](http://x.org).\n\n- first\n- second\n",
                        BodyFormat.MARKDOWN));
    }

    @Test
    void htmlKeepsParagraphsAndDropsScriptsNavigationAndFooters() {
        String html = "<nav>Home | World</nav><h2>Title</h2><p>One <i>sentence</i>.<br>Two.</p>"
                + "<ul><li>alpha</li><li>beta</li></ul><script>x()</script><footer>Share</footer>";
        assertEquals("Title\n\nOne sentence.\nTwo.\n\n- alpha\n- beta", converter.toText(html, BodyFormat.HTML));
    }
}
