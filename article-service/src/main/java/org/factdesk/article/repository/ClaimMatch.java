package org.factdesk.article.repository;

import java.util.UUID;

public record ClaimMatch(UUID claimId, UUID articleId, String articleTitle, String text, double similarity) {
}
