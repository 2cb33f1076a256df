package org.factdesk.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The median read from the duration histogram stays within the bucket resolution of the true median. */
class ReviewStatsMedianTest {

    @Test
    void medianOfTheHistogramIsWithinFivePercentOfTheTrueMedian() {
        for (double seconds : new double[] { 3, 60, 3_600, 86_400 * 3.5 }) {
            List<long[]> buckets = new ArrayList<>();
            buckets.add(new long[] { bucket(seconds / 10), 40 });
            buckets.add(new long[] { bucket(seconds), 21 });
            buckets.add(new long[] { bucket(seconds * 10), 40 });
            double median = ReviewStatsService.median(buckets);
            assertTrue(Math.abs((1 + median) / (1 + seconds) - 1) < 0.05, seconds + " -> " + median);
        }
    }

    @Test
    void anEmptyHistogramHasMedianZero() {
        assertEquals(0, ReviewStatsService.median(List.of()));
    }

    /** The V16_2 migration's review_duration_bucket. */
    private static long bucket(double seconds) {
        return (long) Math.floor(ReviewStatsService.BUCKETS_PER_DOUBLING * Math.log(1 + seconds) / Math.log(2));
    }
}
