package org.factdesk.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** When a claims.withdrawn counts from, and which dates no clock can have written. */
class WithdrawnClaimTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration SKEW = Duration.ofMinutes(5);

    @Test
    void aWithdrawalCountsFromWhenItOccurred() {
        Instant earlier = NOW.minus(Duration.ofDays(3));
        assertEquals(earlier, WithdrawnClaim.withdrawnAt(earlier, NOW, SKEW));
    }

    @Test
    void aWithdrawalWithoutADateCountsFromNow() {
        assertEquals(NOW, WithdrawnClaim.withdrawnAt(null, NOW, SKEW));
    }

    /** The article-service's clock may run ahead of ours by up to the skew: its date stands. */
    @Test
    void aDateAheadByNoMoreThanTheClockSkewIsKept() {
        assertEquals(NOW.plus(SKEW), WithdrawnClaim.withdrawnAt(NOW.plus(SKEW), NOW, SKEW));
        assertEquals(NOW.plusSeconds(1), WithdrawnClaim.withdrawnAt(NOW.plusSeconds(1), NOW, SKEW));
    }

    @Test
    void aDateFurtherInTheFutureIsImpossible() {
        Instant beyond = NOW.plus(SKEW).plusMillis(1);
        ImpossibleEventException failure = assertThrows(ImpossibleEventException.class,
                () -> WithdrawnClaim.withdrawnAt(beyond, NOW, SKEW));
        assertTrue(failure.getMessage().contains(beyond.toString()), failure.getMessage());
        assertThrows(ImpossibleEventException.class,
                () -> WithdrawnClaim.withdrawnAt(NOW.plus(Duration.ofDays(365)), NOW, SKEW));
    }
}
