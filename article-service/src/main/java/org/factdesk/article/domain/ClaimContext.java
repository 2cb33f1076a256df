package org.factdesk.article.domain;

/** The paragraph around a claim, clipped to a readable window so reviewers see the claim in its setting. */
public final class ClaimContext {

    static final int WINDOW = 300;

    private ClaimContext() {
    }

    /**
     * Reads at most {@link #WINDOW} characters on each side: the paragraph's ends and the word boundaries are looked
     * for only inside the window, so a claim in a 200 KB paragraph costs what one in a short paragraph costs.
     */
    public static String around(String body, TextSpan span) {
        int lowest = Math.max(0, span.start() - WINDOW);
        int from = span.start();
        while (from > lowest && body.charAt(from - 1) != '\n') {
            from--;
        }
        // The paragraph starts before the window: cut at the window's first word boundary.
        if (from == lowest && lowest > 0 && body.charAt(lowest - 1) != '\n') {
            int space = from;
            while (space < span.start() && body.charAt(space) != ' ') {
                space++;
            }
            from = space < span.start() ? space + 1 : span.start();
        }
        int highest = Math.min(body.length(), span.end() + WINDOW);
        int to = span.end();
        while (to < highest && body.charAt(to) != '\n') {
            to++;
        }
        // The paragraph ends after the window: cut at the window's last word boundary.
        if (to == highest && highest < body.length() && body.charAt(highest) != '\n') {
            int space = to;
            while (space >= span.end() && body.charAt(space) != ' ') {
                space--;
            }
            to = space >= span.end() ? space : span.end();
        }
        return body.substring(from, to).strip();
    }
}
