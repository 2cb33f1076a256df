package org.factdesk.article.detection;

/**
 * A {@link ClaimSignal} found in a sentence.
 *
 * @param evidence the words that triggered it, empty when the signal is about the sentence as a whole
 */
public record SignalMatch(ClaimSignal signal, String evidence) {

    /** Editor-facing text, e.g. {@code "number: 30"} or {@code "question (lowers)"}. */
    public String describe() {
        String text = evidence.isEmpty() ? signal.label() : signal.label() + ": " + evidence;
        return signal.weight() < 0 ? text + " (lowers)" : text;
    }
}
