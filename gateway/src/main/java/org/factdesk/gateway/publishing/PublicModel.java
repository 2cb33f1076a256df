package org.factdesk.gateway.publishing;

import java.time.Instant;
import java.util.List;

/** The review-service's public read model (/api/public/fact-checks), as the gateway reads it. */
public final class PublicModel {

    private PublicModel() {
    }

    /** A published fact-check in a list or feed; the verdict fields are the latest published version. */
    public record Summary(String slug, String claim, String claimAuthor, Instant claimDate, String articleTitle,
            String articleUrl, String language, String rating, String label, Integer ratingValue,
            int bestRating, int worstRating, String summary, Instant firstPublishedAt,
            Instant lastPublishedAt, int version) {
    }

    public record Page(List<Summary> items, String next) {
    }

    public record FactCheck(String slug, String claim, String claimAuthor, Instant claimDate, String articleTitle,
            String articleUrl, String language, String rating, String label, Integer ratingValue,
            int bestRating, int worstRating, String summary, String explanation,
            Instant firstPublishedAt, Instant lastPublishedAt, int version, List<Source> sources,
            List<Version> versions, String researchedBy, String approvedBy) {

        public Summary asSummary() {
            return new Summary(slug, claim, claimAuthor, claimDate, articleTitle, articleUrl, language, rating, label,
                    ratingValue, bestRating, worstRating, summary, firstPublishedAt, lastPublishedAt, version);
        }

        /** The versions after the first: the visible history of corrections, newest first. */
        public List<Version> corrections() {
            return versions.stream().filter(v -> v.version() > 1)
                    .sorted((a, b) -> Integer.compare(b.version(), a.version())).toList();
        }
    }

    public record Source(String url, String title, String publisher, String quote, boolean primary,
            Instant accessedAt) {
    }

    public record Version(int version, Instant publishedAt, String rating, String label, String summary,
            String correctionNote, String researchedBy, String approvedBy) {
    }

    public record IndexEntry(String slug, Instant lastModified) {
    }
}
