package org.factdesk.gateway.limits;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client key (an address, a partner's client id), at most {@code maxClients} of them: clients
 * that arrive while the map is full share one overflow bucket, so a flood of new keys costs bounded memory and
 * throttles itself. Full buckets carry no information and are dropped by {@link #sweep()}.
 */
public final class RateLimiter {

    private final int requests;
    private final long windowNanos;
    private final int maxClients;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket overflow;

    public RateLimiter(int requests, Duration window, int maxClients) {
        this.requests = requests;
        this.windowNanos = window.toNanos();
        this.maxClients = maxClients;
        this.overflow = newBucket();
    }

    /** Takes one request from the client's bucket: 0 when it may go ahead, otherwise the seconds to wait. */
    public long take(String client) {
        TokenBucket bucket = buckets.get(client);
        if (bucket == null) {
            bucket = buckets.size() >= maxClients ? overflow : buckets.computeIfAbsent(client, key -> newBucket());
        }
        return bucket.take(System.nanoTime());
    }

    /** Drops the buckets of clients that have been quiet for a whole window; call it about once per window. */
    public void sweep() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    /** How often {@link #sweep()} should run: once per window, but not more than once a second. */
    public long sweepMillis() {
        return Math.max(1_000, Duration.ofNanos(windowNanos).toMillis());
    }

    public int requests() {
        return requests;
    }

    private TokenBucket newBucket() {
        return new TokenBucket(requests, windowNanos, System.nanoTime());
    }
}
