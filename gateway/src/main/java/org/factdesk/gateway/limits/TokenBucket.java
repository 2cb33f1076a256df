package org.factdesk.gateway.limits;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled continuously at capacity per window. Time is
 * passed in (nanoTime) so that the arithmetic is testable without waiting.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, long windowNanos, long now) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) windowNanos;
        this.tokens = capacity;
        this.last = now;
    }

    /** Takes one token: 0 when the request may go ahead, otherwise the whole seconds until a token is back. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double nanosUntilToken = (1 - tokens) / tokensPerNano;
        return Math.max(1, (long) Math.ceil(nanosUntilToken / 1e9));
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
        last = now;
    }
}
