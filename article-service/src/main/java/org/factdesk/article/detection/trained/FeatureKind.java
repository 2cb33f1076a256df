package org.factdesk.article.detection.trained;

/** Families of features of the trained model; each hashes into its own namespace. */
public enum FeatureKind {
    /** A lower-cased word, digits folded to 0. */
    WORD,
    /** Two adjacent words; the anchor is the position of the right one (the word count for the sentence end). */
    PHRASE,
    /** Three to four (as configured) characters of the lower-cased text, attributed to the word they start in. */
    CHARACTERS,
    /** A {@link org.factdesk.article.detection.ClaimSignal} of the explainable scorer. */
    SIGNAL,
    /** Sentence length bucket and start/end shape; never shown to editors. */
    SHAPE
}
