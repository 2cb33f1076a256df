package org.factdesk.article.detection.training;

/** One row of a CheckThat! check-worthiness file. */
public record LabelledSentence(String id, String text, boolean checkWorthy) {
}
