package org.factdesk.article.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SuffixIndexTest {

    private final Random random = new Random(16);

    @Test
    void theSuffixArrayListsTheSuffixesInOrder() {
        for (String text : List.of("", "a", "banana", "aaaaaaaaaaaaaaaaaaaaa", "abababababab", "It rained. It rained.",
                "éàü\u0000\uffff")) {
            assertArrayEquals(naiveSuffixArray(text), SuffixIndex.suffixArray(text), text);
        }
        for (int run = 0; run < 300; run++) {
            String text = randomText(random.nextInt(200), "ab .");
            assertArrayEquals(naiveSuffixArray(text), SuffixIndex.suffixArray(text), text);
        }
    }

    @Test
    void everyOccurrenceAndTheNearestOnesAroundAPositionAreFound() {
        for (int run = 0; run < 300; run++) {
            String text = randomText(1 + random.nextInt(150), "ab ");
            SuffixIndex index = new SuffixIndex(text);
            String pattern = randomText(1 + random.nextInt(4), "ab ");
            List<Integer> occurrences = occurrences(text, pattern);
            SuffixIndex.Occurrences found = index.find(pattern);
            assertEquals(occurrences.size(), found.size(), text + " / " + pattern);
            for (int position = -1; position <= text.length() + 1; position++) {
                int at = position;
                assertEquals(occurrences.stream().filter(p -> p >= at).findFirst().orElse(-1),
                        index.firstAtOrAfter(found, position), text + " / " + pattern + " from " + position);
                assertEquals(occurrences.stream().filter(p -> p <= at).reduce((a, b) -> b).orElse(-1),
                        index.lastAtOrBefore(found, position), text + " / " + pattern + " up to " + position);
            }
        }
    }

    private static List<Integer> occurrences(String text, String pattern) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static int[] naiveSuffixArray(String text) {
        return IntStream.range(0, text.length()).boxed()
                .sorted(Comparator.comparing(text::substring))
                .mapToInt(Integer::intValue).toArray();
    }

    private String randomText(int length, String alphabet) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
