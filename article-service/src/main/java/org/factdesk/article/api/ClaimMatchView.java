package org.factdesk.article.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An earlier check of the same claim: one of ours (claim, article and verdict) or, with {@code imported} set and the
 * ids null, a fact-check another organisation published.
 */
public record ClaimMatchView(UUID claimId, UUID articleId, String articleTitle, String text, double similarity,
        VerdictView verdict, @JsonInclude(JsonInclude.Include.NON_NULL) ImportedFactCheckView imported) {

    public static ClaimMatchView imported(ImportedFactCheckView fact, double similarity) {
        return new ClaimMatchView(null, null, null, fact.claimReviewed(), similarity, null, fact);
    }
}
