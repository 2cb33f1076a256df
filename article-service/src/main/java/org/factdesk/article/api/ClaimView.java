package org.factdesk.article.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.article.domain.Claim;
import org.factdesk.article.domain.ClaimOrigin;
import org.factdesk.article.domain.ClaimStatus;
import org.factdesk.article.domain.Priority;

public record ClaimView(
        UUID id,
        long version,
        UUID articleId,
        String articleTitle,
        String text,
        @Schema(description = "The article text at [start, end)") String originalText,
        @Schema(description = "Null only when an edit removed the sentence of a claim already in the review workflow") Integer start,
        Integer end,
        String context,
        double score,
        List<String> reasons,
        @Schema(description = "Position among the article's SUGGESTED claims by score, 1 = most check-worthy; null for other statuses") Integer rank,
        ClaimOrigin origin,
        Priority priority,
        Instant dueAt,
        ClaimStatus status,
        Instant queuedAt,
        String queuedBy,
        Instant createdAt,
        Instant updatedAt,
        VerdictView verdict) {

    public static ClaimView of(Claim claim, String articleTitle, Integer rank) {
        return new ClaimView(claim.id, claim.version, claim.articleId, articleTitle, claim.text, claim.originalText,
                claim.start, claim.end, claim.context, claim.score, claim.reasons, rank, claim.origin, claim.priority,
                claim.dueAt, claim.status, claim.queuedAt, claim.queuedBy, claim.createdAt, claim.updatedAt,
                VerdictView.of(claim.verdict));
    }
}
