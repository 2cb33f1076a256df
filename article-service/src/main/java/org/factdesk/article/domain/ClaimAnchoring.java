package org.factdesk.article.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Re-anchors existing claims in an edited body: a claim whose original text still occurs keeps its
 * identity and moves to the free occurrence nearest its old position (the earlier one on a tie); the
 * others lose their place.
 *
 * <p>
 * The body is indexed once (O(n log n)); each claim then costs O(m log n) for its text of length m,
 * plus O(log n) per kept claim whose span hides a nearer occurrence. Occurrences are never enumerated,
 * so a sentence repeated ten thousand times costs what a unique one costs.
 */
public final class ClaimAnchoring {

    private final String body;
    private SuffixIndex index;
    /** Spans of the claims placed so far, by start; they never overlap. */
    private final TreeMap<Integer, TextSpan> taken = new TreeMap<>();

    public ClaimAnchoring(String body) {
        this.body = body;
    }

    /** Claims processed in old document order, so repeated sentences keep their relative order. */
    public static List<Claim> inDocumentOrder(List<Claim> claims) {
        return claims.stream()
                .sorted(Comparator.comparing((Claim c) -> c.start, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public Optional<TextSpan> reanchor(Claim claim) {
        String needle = claim.originalText;
        if (needle == null || needle.isEmpty() || needle.length() > body.length()) {
            return Optional.empty();
        }
        if (index == null) {
            index = new SuffixIndex(body);
        }
        SuffixIndex.Occurrences occurrences = index.find(needle);
        if (occurrences.isEmpty()) {
            return Optional.empty();
        }
        int oldStart = claim.start == null ? 0 : claim.start;
        int after = freeAtOrAfter(occurrences, oldStart, needle.length());
        int before = freeBefore(occurrences, oldStart, needle.length());
        int best;
        if (before < 0) {
            best = after;
        } else if (after < 0) {
            best = before;
        } else {
            best = oldStart - before <= after - oldStart ? before : after;
        }
        if (best < 0) {
            return Optional.empty();
        }
        TextSpan span = new TextSpan(best, best + needle.length());
        taken.put(span.start(), span);
        return Optional.of(span);
    }

    /** True when a newly detected sentence is already covered by a claim that was kept. */
    public boolean covers(TextSpan span) {
        return firstOverlap(span.start(), span.end()) != null;
    }

    /** The first occurrence at or after {@code position} that overlaps no taken span, or -1. */
    private int freeAtOrAfter(SuffixIndex.Occurrences occurrences, int position, int length) {
        while (true) {
            int at = index.firstAtOrAfter(occurrences, position);
            if (at < 0) {
                return -1;
            }
            // Of the taken spans overlapping [at, at + length), the last ends furthest: every occurrence before its end overlaps it too.
            Map.Entry<Integer, TextSpan> last = taken.lowerEntry(at + length);
            if (last == null || last.getValue().end() <= at) {
                return at;
            }
            position = last.getValue().end();
        }
    }

    /** The last occurrence before {@code position} that overlaps no taken span, or -1. */
    private int freeBefore(SuffixIndex.Occurrences occurrences, int position, int length) {
        position--;
        while (true) {
            int at = index.lastAtOrBefore(occurrences, position);
            if (at < 0) {
                return -1;
            }
            // Of the taken spans overlapping it, the first starts earliest: every occurrence after its start minus length overlaps it too.
            TextSpan first = firstOverlap(at, at + length);
            if (first == null) {
                return at;
            }
            position = first.start() - length;
        }
    }

    /** The taken span with the smallest start that overlaps [start, end), or null. */
    private TextSpan firstOverlap(int start, int end) {
        Map.Entry<Integer, TextSpan> floor = taken.floorEntry(start);
        if (floor != null && floor.getValue().end() > start) {
            return floor.getValue();
        }
        Map.Entry<Integer, TextSpan> higher = taken.higherEntry(start);
        return higher != null && higher.getKey() < end ? higher.getValue() : null;
    }
}
