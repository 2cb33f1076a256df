package org.factdesk.article.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

    private static List<String> sentences(String body) {
        return SEGMENTER.split(body).stream().map(span -> span.of(body)).toList();
    }

    @Test
    void spansOfEverySampleArticleSliceTheBodyInOrderWithoutOverlapOrPadding() {
        for (String body : SharedData.articles()) {
            List<TextSpan> spans = SEGMENTER.split(body);
            assertTrue(spans.size() > 10, "an article has many sentences");
            int previousEnd = 0;
            for (TextSpan span : spans) {
                assertTrue(span.start() >= previousEnd, "spans are ordered and disjoint");
                assertTrue(span.end() <= body.length());
                String text = span.of(body);
                assertEquals(text.strip(), text, "no leading or trailing blanks");
                assertFalse(text.isBlank());
                previousEnd = span.end();
            }
        }
    }

    @Test
    void linesWithoutPunctuationAreHeadlinesAndBulletsAreSentencesOfTheirOwn() {
        String article = SharedData.article(2);
        List<String> sentences = sentences(article);
        assertTrue(sentences.contains("A Critical Week for Diplomacy"));
        assertTrue(sentences.contains("The Clock Is Ticking"));
        // Bullet marker "- " is not part of the sentence.
        assertTrue(sentences.contains("Ukraine’s Position: Seeking security guarantees and a clear path to stability."));
        assertTrue(sentences.contains("Global Support: International allies are backing the push for peace."));
        // Each table row stands alone.
        assertTrue(sentences.contains("Trust Building | High | Historical mistrust complicates dialogue."));
        assertTrue(sentences.contains("External Pressures | Medium | Global allies influence decisions."));
        // An attribution line under a quote, after its dash.
        assertTrue(sentences.contains("International relations expert"));
    }

    @Test
    void blankLinesSingleNewlinesAndCrlfAllSeparateParagraphs() {
        String body = "Budget Cuts Ahead\r\nThe council cut spending by 4% in 2024. It said more cuts follow.\r\n\r\n"
                + "Mayor Ruiz disagreed\nwith the plan, calling it “reckless” — twice.\n\n\n"
                + "• Schools lose €2.5 million.\n  * Libraries close on Mondays\n1. Parks stay open.";
        assertEquals(List.of(
                "Budget Cuts Ahead",
                "The council cut spending by 4% in 2024.",
                "It said more cuts follow.",
                "Mayor Ruiz disagreed\nwith the plan, calling it “reckless” — twice.",
                "Schools lose €2.5 million.",
                "Libraries close on Mondays",
                "Parks stay open."), sentences(body));
    }

    @Test
    void curlyQuotesDashesAndAbbreviationsStayInsideTheirSentence() {
        String body = "“We will not retreat,” said the U.S. envoy – calmly. Dr. Smith left at 2:30 p.m. on Friday.";
        List<String> sentences = sentences(body);
        assertEquals("“We will not retreat,” said the U.S. envoy – calmly.", sentences.get(0));
        assertTrue(sentences.get(sentences.size() - 1).endsWith("on Friday."));
    }

    @Test
    void emptyAndBlankBodiesHaveNoSentences() {
        assertEquals(List.of(), SEGMENTER.split(""));
        assertEquals(List.of(), SEGMENTER.split(" \n\r\n\t \u00a0\n"));
        assertEquals(List.of(), SEGMENTER.split("---\n* * *\n|  |"));
    }

    @Test
    void tabsAndNoBreakSpacesSeparateSentencesAsSpacesDo() {
        for (String blank : List.of(" ", "\t", "\u00a0", "\u2003")) {
            assertEquals(List.of("It rained on Monday.", "Prices rose 4% in 2024."),
                    sentences("It rained on Monday." + blank + "Prices rose 4% in 2024."),
                    "separated by U+" + (int) blank.charAt(0));
        }
    }

    @Test
    void aLongLinkEndsItsSentenceButTheFullStopsInsideItDoNot() {
        String link = "https://example.org/2024/05/" + "a.".repeat(40) + "html";
        String body = "The report is at " + link + ". Prices rose 4% in 2024.";
        assertEquals(List.of("The report is at " + link + ".", "Prices rose 4% in 2024."), sentences(body));
    }
}
