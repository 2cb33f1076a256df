package org.factdesk.article.domain;

import java.util.Collection;

public enum ArticleStatus {
    DRAFT,
    IN_CHECK,
    CHECKED;

    /** An article is in check while any claim is queued or in review; checked once claims got verdicts. */
    public static ArticleStatus derivedFrom(Collection<ClaimStatus> claimStatuses) {
        if (claimStatuses.stream().anyMatch(ClaimStatus::isInCheck)) {
            return IN_CHECK;
        }
        if (claimStatuses.contains(ClaimStatus.VERDICT)) {
            return CHECKED;
        }
        return DRAFT;
    }
}
