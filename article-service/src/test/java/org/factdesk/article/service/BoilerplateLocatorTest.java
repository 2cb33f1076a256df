package org.factdesk.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factdesk.article.domain.TextSpan;
import org.factdesk.article.support.RepoFiles;
import org.junit.jupiter.api.Test;

class BoilerplateLocatorTest {

    private final BoilerplateLocator locator = new BoilerplateLocator();

    @Test
    void theFooterOfEverySharedArticleIsBoilerplate() {
        for (int number : List.of(1, 3, 4)) {
            String body = RepoFiles.sharedArticle(number);
            List<TextSpan> spans = locator.locate(body);
            int share = Math.max(body.lastIndexOf("Share"), body.lastIndexOf("Leave A Reply"));
            assertTrue(spans.stream().anyMatch(span -> span.start() <= share && span.end() > share),
                    "article-" + number + ": the sharing footer is boilerplate");
        }
    }

    @Test
    void storyTextIsNotBoilerplate() {
        String body = "Share prices fell 3 percent on Monday.\nAnalysts said the share of exports rose.";
        assertEquals(List.of(), locator.locate(body));
    }

    @Test
    void sharingLinesInsideTheStoryAreSkippedButTheStoryIsKept() {
        String body = "Share This Article\nThe council approved 12 new schools in 2024.\n" + "Filler. ".repeat(20);
        assertEquals(List.of(new TextSpan(0, 18)), locator.locate(body));
    }
}
