package org.factdesk.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    static final long MINUTE = Duration.ofMinutes(1).toNanos();

    @Test
    void aBurstUpToCapacityPassesThenTheNextWaitsForOneTokenToRefill() {
        TokenBucket bucket = new TokenBucket(60, MINUTE, 0);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, bucket.take(0), "request " + i);
        }
        assertEquals(1, bucket.take(0), "one token per second at 60 per minute");
        assertEquals(1, bucket.take(Duration.ofMillis(500).toNanos()));
        assertEquals(0, bucket.take(Duration.ofSeconds(1).toNanos()), "refilled after a second");
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(2, MINUTE, 0);
        bucket.take(0);
        bucket.take(0);
        assertEquals(30, bucket.take(0), "2 per minute: a token every 30 s");
        assertEquals(20, bucket.take(Duration.ofSeconds(10).toNanos()));
    }

    @Test
    void anIdleBucketFillsUpAndIsReportedFullForSweeping() {
        TokenBucket bucket = new TokenBucket(10, MINUTE, 0);
        bucket.take(0);
        assertFalse(bucket.isFull(0));
        assertTrue(bucket.isFull(MINUTE));
        for (int i = 0; i < 10; i++) {
            assertEquals(0, bucket.take(10 * MINUTE), "never more than capacity after a long idle time");
        }
        assertTrue(bucket.take(10 * MINUTE) > 0);
    }
}
