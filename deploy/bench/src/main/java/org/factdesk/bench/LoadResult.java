package org.factdesk.bench;

import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * What one bounded load run measured. Latencies are in milliseconds; for fixed-rate runs they count from the
 * moment the request was due, so a stalled system cannot hide its queueing (no coordinated omission).
 *
 * @param offeredRate requests per second asked for; 0 for a saturation (closed-loop) run
 * @param concurrency connections (and, for saturation, requests in flight)
 * @param throughput successful responses per second over the run
 * @param statuses non-2xx answers and failures by status code or error class
 */
public record LoadResult(
        String name,
        double offeredRate,
        int concurrency,
        long sent,
        long succeeded,
        long failed,
        double seconds,
        double throughput,
        double p50,
        double p95,
        double p99,
        double max,
        Map<String, Long> statuses) {

    static LoadResult of(String name, double offeredRate, int concurrency, long sent, long failed, double seconds,
            Histogram latencyMicros, Map<String, Long> statuses) {
        long ok = latencyMicros.getTotalCount();
        return new LoadResult(name, offeredRate, concurrency, sent, ok, failed, seconds,
                seconds > 0 ? ok / seconds : 0,
                millis(latencyMicros, 50), millis(latencyMicros, 95), millis(latencyMicros, 99),
                ok == 0 ? 0 : latencyMicros.getMaxValue() / 1000.0, Map.copyOf(statuses));
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public boolean saturation() {
        return offeredRate == 0;
    }
}
