package org.factdesk.article.domain;

import java.util.UUID;

/**
 * What a published verdict does to the claim it names. Events of one claim on different topics arrive in any order,
 * and one topic may bring an older event again (a replay, a redelivery after a crash), so several outcomes are valid
 * without changing anything; only a verdict that no order of valid events can explain is impossible.
 */
public enum VerdictLanding {

    /** The claim takes it: its first verdict, or a correction newer than the one it holds. */
    APPLY,

    /** The claim already holds this version or a newer one: a redelivery, or an older version after its correction. */
    STALE,

    /** The editors withdrew the claim while the verdict was on its way: the withdrawal stands. */
    WITHDRAWN;

    /**
     * Where a verdict of {@code reviewId} with {@code verdictVersion} lands on {@code claim}.
     * <p>
     * A claim still QUEUED takes its verdict: the review's progress events travel on another topic and may come later
     * (they then find the claim decided and change nothing), so a verdict never waits for them. A claim is reviewed
     * once (the review-service opens no second review for a claim), so a verdict from another review than the one
     * the claim is under ({@link Claim#reviewId}, or the review whose verdict it holds) is impossible, as is a verdict
     * for a claim that was never queued. A claim whose review no event has named yet takes the first verdict's.
     * <p>
     * Versions: the first publication is 1 and every approved correction adds exactly 1, so a version can run ahead
     * of the one the claim holds only while the corrections between them are still on their way (Kafka keeps the
     * order per claim; a replay can bring a newer version first). Such a version is applied and the late ones are
     * then {@link #STALE}: holding it back would block the very partition that brings its predecessors, and
     * dead-lettering it would lose the newest correction. A version more than {@code maxVersionLead} ahead would
     * need that many corrections of one claim in flight at once, which no newsroom produces: it is impossible.
     *
     * @throws ImpossibleEventException when the verdict can never apply to this claim
     */
    public static VerdictLanding of(Claim claim, UUID reviewId, int verdictVersion, int maxVersionLead) {
        if (verdictVersion < 1) {
            throw new ImpossibleEventException("verdictVersion " + verdictVersion + " of claim " + claim.id
                    + ": versions start at 1");
        }
        switch (claim.status) {
            case SUGGESTED, DISMISSED -> throw new ImpossibleEventException("claim " + claim.id + " is " + claim.status
                    + ": it was never queued, so no review of it can publish a verdict");
            case WITHDRAWN -> {
                return WITHDRAWN;
            }
            case QUEUED, IN_REVIEW, VERDICT -> {
                // checked below
            }
        }
        Verdict held = claim.verdict;
        UUID underReview = claim.reviewId != null ? claim.reviewId : held != null ? held.reviewId : null;
        if (underReview != null && !underReview.equals(reviewId)) {
            throw new ImpossibleEventException("a verdict of review " + reviewId + " for claim " + claim.id
                    + ", which is under review " + underReview + ": a claim is reviewed once");
        }
        int heldVersion = held == null || held.verdictVersion == null ? 0 : held.verdictVersion;
        if (verdictVersion <= heldVersion) {
            return STALE;
        }
        if (verdictVersion - heldVersion > maxVersionLead) {
            throw new ImpossibleEventException("verdictVersion " + verdictVersion + " of claim " + claim.id
                    + " is more than " + maxVersionLead + " ahead of the version it holds (" + heldVersion
                    + "): a correction skips no version");
        }
        return APPLY;
    }
}
