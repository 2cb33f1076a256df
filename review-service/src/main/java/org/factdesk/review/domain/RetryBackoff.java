package org.factdesk.review.domain;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery (webhook, mail) is tried again: exponential back-off from {@code initial}, doubling per failed
 * attempt, capped
 * at {@code max}, with up to 20 % random jitter taken off so that receivers recovering from an outage are not hit by
 * every retry in the same instant.
 */
public record RetryBackoff(Duration initial, Duration max) {

    /** @param failedAttempts attempts made so far, all failed (1 after the first failure) */
    public Duration after(int failedAttempts) {
        return jittered(ceiling(failedAttempts), ThreadLocalRandom.current().nextDouble());
    }

    /** The back-off before jitter. */
    public Duration ceiling(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 40));
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** @param random in [0, 1) */
    static Duration jittered(Duration ceiling, double random) {
        return Duration.ofMillis(Math.round(ceiling.toMillis() * (1.0 - 0.2 * random)));
    }
}
