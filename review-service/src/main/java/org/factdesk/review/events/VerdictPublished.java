package org.factdesk.review.events;

import java.time.Instant;
import java.util.UUID;

/**
 * verdicts.published (deploy/events/verdicts.published.schema.json): first publication and every approved correction,
 * which names its proposer beside its approver.
 */
public record VerdictPublished(UUID eventId, Instant occurredAt, int version, UUID claimId, UUID reviewId,
        UUID articleId, int verdictVersion, String rating, Integer ratingValue, String label,
        String summary, String reviewUrl, String researchedBy, String approvedBy,
        String correctionNote, String correctionProposedBy, Instant publishedAt) {
    public static final int SCHEMA_VERSION = 1;
}
