package org.factdesk.article.api;

import java.util.UUID;

public record ClaimMatchView(UUID claimId, UUID articleId, String articleTitle, String text, double similarity,
        VerdictView verdict) {
}
