package org.factdesk.article.domain;

/** A half-open character range [start, end) of an article body. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, was [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public String slice(String body) {
        return body.substring(start, end);
    }
}
