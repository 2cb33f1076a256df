package org.factdesk.article.detection;

import java.util.List;

/**
 * One sentence of an article body.
 *
 * @param start offset of the first character in the body
 * @param end offset after the last character, so {@code body.substring(start, end).equals(text)}
 * @param text the sentence as written
 * @param score check-worthiness from 0 (not a claim) to 1 (clearly worth checking)
 * @param reasons human-readable features that drove the score, strongest first
 */
public record DetectedSentence(int start, int end, String text, double score, List<String> reasons) {

    public DetectedSentence {
        reasons = List.copyOf(reasons);
    }
}
