package org.factdesk.review.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.review.api.ReviewStats;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Dashboard aggregates, computed by PostgreSQL. */
@ApplicationScoped
public class ReviewStatsService {

    private static final String OPEN = "('QUEUED', 'IN_RESEARCH', 'SUBMITTED', 'CHANGES_REQUESTED')";

    private static final String COUNTS_BY_STATE = "select state, count(*) from review_item group by state";
    private static final String OVERDUE = "select count(*) from review_item where due_at < now() and state in " + OPEN;
    private static final String VERDICT_MIX =
            "select rating, count(*) from review_item where state in ('PUBLISHED', 'CORRECTED') group by rating";
    private static final String REVIEWER_LOAD = "select assignee, count(*) from review_item "
            + "where assignee is not null and state in " + OPEN + " group by assignee";
    /** Time in a state = from the state change that entered it to the one that left it (audit trail). */
    private static final String MEDIAN_SECONDS_IN_STATE = """
            select from_state, percentile_cont(0.5) within group (order by seconds)
            from (select from_state,
                         extract(epoch from at - lag(at) over (partition by review_id order by at, id)) as seconds
                  from review_audit
                  where from_state is distinct from to_state) changes
            where from_state is not null and seconds is not null
            group by from_state""";

    private final Pool client;

    public ReviewStatsService(Pool client) {
        this.client = client;
    }

    public Uni<ReviewStats> stats() {
        return Uni.combine().all().unis(
                        grouped(COUNTS_BY_STATE, row -> row.getLong(1)),
                        client.query(OVERDUE).execute().map(rows -> rows.iterator().next().getLong(0)),
                        grouped(MEDIAN_SECONDS_IN_STATE, row -> row.getDouble(1)),
                        grouped(VERDICT_MIX, row -> row.getLong(1)),
                        grouped(REVIEWER_LOAD, row -> row.getLong(1)))
                .asTuple()
                .map(all -> new ReviewStats(all.getItem1(), all.getItem2(), all.getItem3(), all.getItem4(),
                        all.getItem5()));
    }

    private <V> Uni<Map<String, V>> grouped(String sql, Function<Row, V> value) {
        return client.query(sql).execute().map(rows -> {
            Map<String, V> result = new TreeMap<>();
            rows.forEach(row -> result.put(row.getString(0), value.apply(row)));
            return result;
        });
    }
}
