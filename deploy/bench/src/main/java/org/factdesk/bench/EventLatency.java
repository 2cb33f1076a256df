package org.factdesk.bench;

import org.HdrHistogram.Histogram;

/** Latency of one kind of event over many occurrences, in milliseconds. */
public record EventLatency(String name, int expected, long observed, double p50, double p95, double p99, double max) {

    static EventLatency of(String name, int expected, Histogram micros) {
        long n = micros.getTotalCount();
        return new EventLatency(name, expected, n,
                n == 0 ? 0 : micros.getValueAtPercentile(50) / 1000.0,
                n == 0 ? 0 : micros.getValueAtPercentile(95) / 1000.0,
                n == 0 ? 0 : micros.getValueAtPercentile(99) / 1000.0,
                n == 0 ? 0 : micros.getMaxValue() / 1000.0);
    }
}
