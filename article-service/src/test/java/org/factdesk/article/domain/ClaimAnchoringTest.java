package org.factdesk.article.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ClaimAnchoringTest {

    @Test
    void aClaimMovesToItsTextInTheEditedBody() {
        String body = "New intro. Nearly 300 drones were launched.";
        ClaimAnchoring anchoring = new ClaimAnchoring(body);
        Optional<TextSpan> span = anchoring.reanchor(claim("Nearly 300 drones were launched.", 0));
        assertEquals(Optional.of(new TextSpan(11, 43)), span);
        assertEquals("Nearly 300 drones were launched.", span.orElseThrow().slice(body));
        assertTrue(anchoring.covers(new TextSpan(11, 43)));
    }

    @Test
    void repeatedSentencesGoToTheNearestFreeOccurrence() {
        String body = "It rained. Prices rose. It rained.";
        ClaimAnchoring anchoring = new ClaimAnchoring(body);
        assertEquals(24, anchoring.reanchor(claim("It rained.", 20)).orElseThrow().start());
        assertEquals(0, anchoring.reanchor(claim("It rained.", 22)).orElseThrow().start(), "the nearer one is taken");
        assertFalse(anchoring.reanchor(claim("It rained.", 0)).isPresent(), "no third occurrence");
    }

    @Test
    void theIndexPlacesClaimsExactlyAsASearchThroughEveryOccurrenceWould() {
        Random random = new Random(16);
        for (int run = 0; run < 2000; run++) {
            String old = randomText(random, 1 + random.nextInt(80));
            List<Claim> claims = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int start = random.nextInt(old.length());
                int end = start + 1 + random.nextInt(Math.min(8, old.length() - start));
                Claim claim = claim(old.substring(start, end), start);
                if (random.nextInt(6) == 0) {
                    claim.start = null;
                    claim.end = null;
                }
                claims.add(claim);
            }
            String edited = edit(random, old);
            ClaimAnchoring anchoring = new ClaimAnchoring(edited);
            EveryOccurrence reference = new EveryOccurrence(edited);
            for (Claim claim : ClaimAnchoring.inDocumentOrder(claims)) {
                assertEquals(reference.reanchor(claim), anchoring.reanchor(claim),
                        "claim \"" + claim.originalText + "\" at " + claim.start + " in \"" + edited + "\"");
            }
            for (int start = 0; start < edited.length(); start++) {
                TextSpan span = new TextSpan(start, Math.min(edited.length(), start + 1 + random.nextInt(5)));
                assertEquals(reference.covers(span), anchoring.covers(span), span + " in \"" + edited + "\"");
            }
        }
    }

    /**
     * 500 claims (the most an article holds) of one sentence repeated through a 200 KB body, and 500 claims in a body of
     * one letter, where every position is an occurrence: the direct search looked at every occurrence for every claim and at
     * every
     * placed claim for every occurrence (minutes here); the index answers in O(n log n), whatever the repetition.
     */
    @Test
    void reanchoringFiveHundredClaimsInA200KbBodyOfRepetitionsIsFastAndGrowsLikeNLogN() {
        String sentence = "It rained. ";
        for (String unit : List.of(sentence, "a")) {
            int claimLength = unit.equals("a") ? 20 : sentence.length() - 1;
            long small = leastCpu(() -> reanchorAll(unit, 20 * 1024, claimLength));
            long large = leastCpu(() -> reanchorAll(unit, 200 * 1024, claimLength));
            System.out.printf("re-anchoring 500 claims of \"%s\": 20 KB %.1f ms, 200 KB %.1f ms of CPU%n",
                    unit, small / 1e6, large / 1e6);
            assertTrue(large < 1_000_000_000L, "200 KB took " + large / 1_000_000 + " ms");
            assertTrue(large <= 15 * Math.max(small, 1_000_000L), "20 KB " + small + " ns, 200 KB " + large + " ns");
        }
    }

    /** Claims at 500 occurrences spread through the old body; the edit puts a headline before it. */
    private static void reanchorAll(String unit, int size, int claimLength) {
        String old = unit.repeat(size / unit.length());
        String edited = "Breaking.\n" + old;
        ClaimAnchoring anchoring = new ClaimAnchoring(edited);
        int step = (old.length() - claimLength) / 500 / unit.length() * unit.length();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            claims.add(claim(old.substring(i * step, i * step + claimLength), i * step));
        }
        List<TextSpan> placed = new ArrayList<>();
        for (Claim claim : ClaimAnchoring.inDocumentOrder(claims)) {
            TextSpan span = anchoring.reanchor(claim).orElseThrow();
            assertEquals(claim.originalText, span.slice(edited));
            placed.add(span);
        }
        placed.sort(java.util.Comparator.comparingInt(TextSpan::start));
        for (int i = 1; i < placed.size(); i++) {
            assertFalse(placed.get(i - 1).overlaps(placed.get(i)), "every claim has a place of its own");
        }
    }

    private static long leastCpu(Runnable work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        work.run();
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = cpu.getCurrentThreadCpuTime();
            work.run();
            least = Math.min(least, cpu.getCurrentThreadCpuTime() - started);
        }
        return least;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("ab. ".charAt(random.nextInt(4)));
        }
        return text.toString();
    }

    /** Cuts, duplicates and inserts pieces, as editors do. */
    private static String edit(Random random, String text) {
        StringBuilder edited = new StringBuilder(text);
        for (int i = random.nextInt(4); i > 0 && !edited.isEmpty(); i--) {
            int at = random.nextInt(edited.length());
            int to = Math.min(edited.length(), at + random.nextInt(10));
            switch (random.nextInt(3)) {
                case 0 -> edited.delete(at, to);
                case 1 -> edited.insert(at, edited.substring(at, to));
                default -> edited.insert(at, randomText(random, random.nextInt(6)));
            }
        }
        return edited.isEmpty() ? "a" : edited.toString();
    }

    /** The definition the index must agree with: every occurrence looked at, the nearest free one taken. */
    private static final class EveryOccurrence {

        private final String body;
        private final List<TextSpan> taken = new ArrayList<>();

        EveryOccurrence(String body) {
            this.body = body;
        }

        Optional<TextSpan> reanchor(Claim claim) {
            String needle = claim.originalText;
            int oldStart = claim.start == null ? 0 : claim.start;
            TextSpan best = null;
            for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
                TextSpan candidate = new TextSpan(at, at + needle.length());
                if (taken.stream().noneMatch(candidate::overlaps)
                        && (best == null || Math.abs(at - oldStart) < Math.abs(best.start() - oldStart))) {
                    best = candidate;
                }
            }
            Optional<TextSpan> found = Optional.ofNullable(best);
            found.ifPresent(taken::add);
            return found;
        }

        boolean covers(TextSpan span) {
            return taken.stream().anyMatch(span::overlaps);
        }
    }

    @Test
    void aClaimWhoseTextIsGoneHasNoPlace() {
        assertFalse(new ClaimAnchoring("Something else entirely.").reanchor(claim("Nearly 300 drones.", 0)).isPresent());
    }

    @Test
    void articleStatusFollowsTheClaims() {
        assertEquals(ArticleStatus.DRAFT,
                ArticleStatus.derivedFrom(java.util.List.of(ClaimStatus.SUGGESTED, ClaimStatus.WITHDRAWN)));
        assertEquals(ArticleStatus.IN_CHECK,
                ArticleStatus.derivedFrom(java.util.List.of(ClaimStatus.VERDICT, ClaimStatus.IN_REVIEW)));
        assertEquals(ArticleStatus.CHECKED,
                ArticleStatus.derivedFrom(java.util.List.of(ClaimStatus.VERDICT, ClaimStatus.DISMISSED)));
    }

    @Test
    void onlyLegalTransitionsAreAllowed() {
        assertTrue(ClaimStatus.SUGGESTED.canTransitionTo(ClaimStatus.QUEUED));
        assertFalse(ClaimStatus.DISMISSED.canTransitionTo(ClaimStatus.QUEUED));
        assertFalse(ClaimStatus.VERDICT.canTransitionTo(ClaimStatus.WITHDRAWN));
        assertTrue(ClaimStatus.IN_REVIEW.canTransitionTo(ClaimStatus.WITHDRAWN));
        assertFalse(ClaimStatus.SUGGESTED.canTransitionTo(ClaimStatus.WITHDRAWN));
    }

    @Test
    void contextIsTheParagraphAroundTheClaim() {
        String body = "Headline\n\nBefore it. The claim itself. After it.\n\nNext paragraph.";
        int start = body.indexOf("The claim");
        assertEquals("Before it. The claim itself. After it.",
                ClaimContext.around(body, new TextSpan(start, start + "The claim itself.".length())));
    }

    @Test
    void theContextWindowIsFoundWithoutReadingTheParagraphBeyondIt() {
        Random random = new Random(16);
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(1500);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(100);
                text.append(pick == 0 ? '\n' : pick < 15 ? ' ' : pick < 60 ? 'a' : 'b');
            }
            String body = text.toString();
            int start = random.nextInt(body.length());
            TextSpan span = new TextSpan(start, start + 1 + random.nextInt(Math.min(400, body.length() - start)));
            assertEquals(readingTheWholeParagraph(body, span), ClaimContext.around(body, span), span + " in " + body.length());
        }
    }

    /** The definition of the context: the paragraph, clipped to the window at word boundaries. */
    private static String readingTheWholeParagraph(String body, TextSpan span) {
        int paragraphStart = body.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        if (paragraphStart > span.start()) {
            paragraphStart = span.start();
        }
        int paragraphEnd = body.indexOf('\n', span.end());
        if (paragraphEnd < 0) {
            paragraphEnd = body.length();
        }
        int from = Math.max(paragraphStart, span.start() - ClaimContext.WINDOW);
        int to = Math.min(paragraphEnd, span.end() + ClaimContext.WINDOW);
        if (from > paragraphStart) {
            int space = body.indexOf(' ', from);
            from = space >= 0 && space < span.start() ? space + 1 : span.start();
        }
        if (to < paragraphEnd) {
            int space = body.lastIndexOf(' ', to);
            to = space >= span.end() ? space : span.end();
        }
        return body.substring(from, to).strip();
    }

    private static Claim claim(String text, int start) {
        Claim claim = new Claim();
        claim.originalText = text;
        claim.start = start;
        claim.end = start + text.length();
        return claim;
    }
}
