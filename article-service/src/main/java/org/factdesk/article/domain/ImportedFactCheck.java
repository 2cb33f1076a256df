package org.factdesk.article.domain;

import java.time.Instant;

/**
 * A fact-check published by another organisation, read from its schema.org ClaimReview. Only what the desk needs
 * to say "already checked by them": the claim, their rating, who published it and where.
 *
 * @param url the ClaimReview's url, normalised (lower-case scheme and host, no fragment): the key against duplicates
 * @param ratingValue with bestRating and worstRating, null when the publisher rates off a numeric scale
 */
public record ImportedFactCheck(String url, String claimReviewed, String ratingLabel, Integer ratingValue,
        Integer bestRating, Integer worstRating, String publisherName, String publisherUrl, String claimAuthor,
        String appearanceUrl, Instant datePublished, String language) {
}
