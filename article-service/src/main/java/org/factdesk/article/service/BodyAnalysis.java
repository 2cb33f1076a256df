package org.factdesk.article.service;

import java.util.List;

import org.factdesk.article.detection.DetectedSentence;

/** A submitted body as stored (plain text) and its check-worthy sentences, best first. */
public record BodyAnalysis(String body, List<DetectedSentence> suggestions) {
}
