package org.factdesk.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(5), Duration.ofHours(1));

    @Test
    void doublesFromTheInitialBackOffUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(5), backoff.ceiling(1));
        assertEquals(Duration.ofSeconds(10), backoff.ceiling(2));
        assertEquals(Duration.ofSeconds(20), backoff.ceiling(3));
        assertEquals(Duration.ofSeconds(2560), backoff.ceiling(10));
        assertEquals(Duration.ofHours(1), backoff.ceiling(11));
        assertEquals(Duration.ofHours(1), backoff.ceiling(1000));
        assertEquals(Duration.ofSeconds(5), backoff.ceiling(0));
    }

    @Test
    void jitterTakesOffAtMostAFifth() {
        assertEquals(Duration.ofSeconds(10), RetryBackoff.jittered(Duration.ofSeconds(10), 0.0));
        assertEquals(Duration.ofSeconds(8), RetryBackoff.jittered(Duration.ofSeconds(10), 1.0));
        for (int i = 0; i < 1000; i++) {
            Duration after = backoff.after(3);
            assertTrue(after.compareTo(Duration.ofSeconds(16)) >= 0 && after.compareTo(Duration.ofSeconds(20)) <= 0,
                    after.toString());
        }
    }
}
