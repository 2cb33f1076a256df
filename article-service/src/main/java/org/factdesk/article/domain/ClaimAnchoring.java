package org.factdesk.article.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Re-anchors existing claims in an edited body: a claim whose original text still occurs keeps its
 * identity and moves to the occurrence nearest its old position; the others lose their place.
 */
public final class ClaimAnchoring {

    private final String body;
    private final List<TextSpan> taken = new ArrayList<>();

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

    /** True when a newly detected sentence is already covered by a claim that was kept. */
    public boolean covers(TextSpan span) {
        return taken.stream().anyMatch(span::overlaps);
    }
}
