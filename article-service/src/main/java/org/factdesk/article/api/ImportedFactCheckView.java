package org.factdesk.article.api;

import java.time.Instant;

import org.factdesk.article.domain.ImportedFactCheck;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A fact-check published by another organisation, as the desk shows it: their claim, rating and link. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportedFactCheckView(String url, String claimReviewed, String ratingLabel, Integer ratingValue,
        Integer bestRating, Integer worstRating, String publisherName, String publisherUrl, String claimAuthor,
        String appearanceUrl, Instant datePublished, String language, Instant importedAt, String importedBy) {

    public static ImportedFactCheckView of(ImportedFactCheck fact, Instant importedAt, String importedBy) {
        return new ImportedFactCheckView(fact.url(), fact.claimReviewed(), fact.ratingLabel(), fact.ratingValue(),
                fact.bestRating(), fact.worstRating(), fact.publisherName(), fact.publisherUrl(), fact.claimAuthor(),
                fact.appearanceUrl(), fact.datePublished(), fact.language(), importedAt, importedBy);
    }
}
