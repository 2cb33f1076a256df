package org.factdesk.article.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which published verdicts land on a claim, which change nothing, and which can never apply. */
class VerdictLandingTest {

    private static final int LEAD = 10;
    private static final UUID REVIEW = UUID.randomUUID();

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = { "QUEUED", "IN_REVIEW" })
    void theFirstVerdictLandsOnAQueuedClaimWithoutWaitingForTheReviewsProgress(ClaimStatus status) {
        assertEquals(VerdictLanding.APPLY, VerdictLanding.of(claim(status, null), REVIEW, 1, LEAD));
    }

    @Test
    void aCorrectionLandsOnTheVerdictItCorrects() {
        assertEquals(VerdictLanding.APPLY, VerdictLanding.of(claim(ClaimStatus.VERDICT, verdict(REVIEW, 1)), REVIEW, 2, LEAD));
    }

    @Test
    void theSameVersionAgainOrAnOlderOneAfterItsCorrectionIsStale() {
        Claim corrected = claim(ClaimStatus.VERDICT, verdict(REVIEW, 2));
        assertEquals(VerdictLanding.STALE, VerdictLanding.of(corrected, REVIEW, 2, LEAD));
        assertEquals(VerdictLanding.STALE, VerdictLanding.of(corrected, REVIEW, 1, LEAD));
    }

    /** A replay may bring a correction before the ones it follows; it lands, and they are stale when they come. */
    @Test
    void aVersionAheadByUpToTheLeadLands() {
        assertEquals(VerdictLanding.APPLY, VerdictLanding.of(claim(ClaimStatus.QUEUED, null), REVIEW, LEAD, LEAD));
        assertEquals(VerdictLanding.APPLY,
                VerdictLanding.of(claim(ClaimStatus.VERDICT, verdict(REVIEW, 3)), REVIEW, 3 + LEAD, LEAD));
    }

    @Test
    void aVersionFurtherAheadIsImpossible() {
        ImpossibleEventException first = assertThrows(ImpossibleEventException.class,
                () -> VerdictLanding.of(claim(ClaimStatus.IN_REVIEW, null), REVIEW, LEAD + 1, LEAD));
        assertTrue(first.getMessage().contains("verdictVersion 11"), first.getMessage());
        assertThrows(ImpossibleEventException.class,
                () -> VerdictLanding.of(claim(ClaimStatus.VERDICT, verdict(REVIEW, 2)), REVIEW, 1_000_000, LEAD));
    }

    @Test
    void aVersionBelowOneIsImpossible() {
        assertThrows(ImpossibleEventException.class,
                () -> VerdictLanding.of(claim(ClaimStatus.QUEUED, null), REVIEW, 0, LEAD));
    }

    @Test
    void aVerdictOfAnotherReviewThanTheOneTheClaimHoldsIsImpossible() {
        Claim decided = claim(ClaimStatus.VERDICT, verdict(REVIEW, 1));
        ImpossibleEventException failure = assertThrows(ImpossibleEventException.class,
                () -> VerdictLanding.of(decided, UUID.randomUUID(), 2, LEAD));
        assertTrue(failure.getMessage().contains(REVIEW.toString()), failure.getMessage());
        // Also when it is older: staleness does not excuse a verdict from a review the claim never had.
        assertThrows(ImpossibleEventException.class, () -> VerdictLanding.of(decided, UUID.randomUUID(), 1, LEAD));
    }

    /** The review's first progress event names it before any verdict: only that review's verdicts land. */
    @Test
    void aVerdictOfAnotherReviewThanTheOneTheClaimIsUnderIsImpossibleBeforeAnyVerdict() {
        Claim underReview = claim(ClaimStatus.QUEUED, null);
        underReview.placeUnderReview(REVIEW);
        UUID another = UUID.randomUUID();
        ImpossibleEventException failure = assertThrows(ImpossibleEventException.class,
                () -> VerdictLanding.of(underReview, another, 1, LEAD));
        assertTrue(failure.getMessage().contains("verdict of review " + another), failure.getMessage());
        assertTrue(failure.getMessage().contains("under review " + REVIEW), failure.getMessage());
        assertEquals(VerdictLanding.APPLY, VerdictLanding.of(underReview, REVIEW, 1, LEAD));
    }

    /** A claim is reviewed once: the first review named stays, and a claim out of check is placed under none. */
    @Test
    void aClaimStaysUnderTheFirstReviewNamedWhileInCheck() {
        Claim claim = claim(ClaimStatus.IN_REVIEW, null);
        assertTrue(claim.placeUnderReview(REVIEW), "named: to be stored");
        assertFalse(claim.placeUnderReview(UUID.randomUUID()));
        assertEquals(REVIEW, claim.reviewId);
        Claim suggested = claim(ClaimStatus.SUGGESTED, null);
        assertFalse(suggested.placeUnderReview(REVIEW));
        assertNull(suggested.reviewId);
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = { "SUGGESTED", "DISMISSED" })
    void aVerdictForAClaimThatWasNeverQueuedIsImpossible(ClaimStatus status) {
        ImpossibleEventException failure = assertThrows(ImpossibleEventException.class,
                () -> VerdictLanding.of(claim(status, null), REVIEW, 1, LEAD));
        assertTrue(failure.getMessage().contains(status.name()), failure.getMessage());
    }

    /** The editors withdrew the claim while the verdict was on its way: a race, not an error. */
    @Test
    void aVerdictForAWithdrawnClaimChangesNothing() {
        assertEquals(VerdictLanding.WITHDRAWN, VerdictLanding.of(claim(ClaimStatus.WITHDRAWN, null), REVIEW, 1, LEAD));
    }

    private static Claim claim(ClaimStatus status, Verdict verdict) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.status = status;
        claim.verdict = verdict;
        return claim;
    }

    private static Verdict verdict(UUID reviewId, int version) {
        Verdict verdict = new Verdict();
        verdict.reviewId = reviewId;
        verdict.verdictVersion = version;
        verdict.rating = Rating.FALSE;
        return verdict;
    }
}
