package org.factdesk.article.domain;

/** The paragraph around a claim, clipped to a readable window so reviewers see the claim in its setting. */
public final class ClaimContext {

    static final int WINDOW = 300;

    private ClaimContext() {
    }

    public static String around(String body, TextSpan span) {
        int paragraphStart = body.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        if (paragraphStart > span.start()) {
            paragraphStart = span.start();
        }
        int paragraphEnd = body.indexOf('\n', span.end());
        if (paragraphEnd < 0) {
            paragraphEnd = body.length();
        }
        int from = Math.max(paragraphStart, span.start() - WINDOW);
        int to = Math.min(paragraphEnd, span.end() + WINDOW);
        // Cut at word boundaries so the window never starts or ends mid-word.
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
}
