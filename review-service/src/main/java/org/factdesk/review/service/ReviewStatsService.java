package org.factdesk.review.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.api.ReviewStats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Dashboard figures from counters that triggers keep in the same transaction as every change of a review item
 * (V16_2 migration), so a call costs a few dozen rows, not a scan of every item and audit entry.
 */
@ApplicationScoped
public class ReviewStatsService {

    private static final String COUNTERS = "select kind, key, value from review_counter where value <> 0";
    private static final String LOAD = "select key, value from review_counter where kind = 'load' and value <> 0";
    /** Bounded by the number of overdue items: the partial index holds open items with a due time only. */
    private static final String OVERDUE = "select count(*) from review_item where due_at < now() and state in "
            + "('QUEUED', 'IN_RESEARCH', 'SUBMITTED', 'CHANGES_REQUESTED')";
    private static final String DURATIONS = "select state, bucket, count from review_state_duration "
            + "order by state, bucket";
    /** Buckets per doubling of the duration (must match review_duration_bucket in the V16_2 migration). */
    static final int BUCKETS_PER_DOUBLING = 8;

    private final Pool client;

    public ReviewStatsService(Pool client) {
        this.client = client;
    }

    /** Open items per assignee (user name), from the same trigger-kept counters as the dashboard's reviewer load. */
    public Uni<Map<String, Long>> openItemsByAssignee() {
        return client.query(LOAD).execute().map(rows -> {
            Map<String, Long> load = new TreeMap<>();
            rows.forEach(row -> load.put(row.getString(0), row.getLong(1)));
            return load;
        });
    }

    public Uni<ReviewStats> stats() {
        return Uni.combine().all().unis(
                client.query(COUNTERS).execute(),
                client.query(OVERDUE).execute().map(rows -> rows.iterator().next().getLong(0)),
                client.query(DURATIONS).execute())
                .asTuple()
                .map(all -> {
                    Map<String, Map<String, Long>> counters = new TreeMap<>();
                    all.getItem1().forEach(row -> counters.computeIfAbsent(row.getString(0), kind -> new TreeMap<>())
                            .put(row.getString(1), row.getLong(2)));
                    Map<String, List<long[]>> histograms = new TreeMap<>();
                    for (Row row : all.getItem3()) {
                        histograms.computeIfAbsent(row.getString(0), state -> new ArrayList<>())
                                .add(new long[] { row.getShort(1), row.getLong(2) });
                    }
                    Map<String, Double> medians = new TreeMap<>();
                    histograms.forEach((state, buckets) -> medians.put(state, median(buckets)));
                    return new ReviewStats(counters.getOrDefault("state", Map.of()), all.getItem2(), medians,
                            counters.getOrDefault("verdict", Map.of()), counters.getOrDefault("load", Map.of()));
                });
    }

    /**
     * The median of a histogram given as (bucket, count) pairs in bucket order: the geometric middle of the bucket
     * that holds the middle observation (within about 5 % of the true median).
     */
    static double median(List<long[]> buckets) {
        long total = buckets.stream().mapToLong(bucket -> bucket[1]).sum();
        long seen = 0;
        for (long[] bucket : buckets) {
            seen += bucket[1];
            if (seen * 2 >= total) {
                return Math.pow(2, (bucket[0] + 0.5) / BUCKETS_PER_DOUBLING) - 1;
            }
        }
        return 0;
    }
}
