package org.factdesk.review.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.factdesk.review.Desk;
import org.factdesk.review.messaging.RetentionSweep;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records that only grow are deleted after their retention (90 days for notifications, 30 for finished webhook
 * deliveries and for the ids of consumed events), with what hangs off them, in several batches (two rows per transaction in
 * tests); younger rows and
 * pending deliveries stay. The rows are written with SQL at the ages the test needs.
 */
@QuarkusTest
class RetentionTest {

    private static final Duration AWAIT = Duration.ofSeconds(20);

    @Inject
    Pool database;

    @Inject
    RetentionSweep sweep;

    @Test
    void rowsPastTheirRetentionGoWithWhatHangsOffThemAndYoungerOnesStay() throws Throwable {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID review = UUID.fromString(Desk.queuedReview(e -> {
        }).getString("id"));
        Map<String, UUID> notifications = Map.of(
                "read, 91 days", notification(review, now.minus(Duration.ofDays(91)), true),
                "unread, 200 days", notification(review, now.minus(Duration.ofDays(200)), false),
                "unread, 95 days", notification(review, now.minus(Duration.ofDays(95)), false),
                "read, 89 days", notification(review, now.minus(Duration.ofDays(89)), true));
        notifications.values().forEach(this::sentMail);

        UUID subscription = subscription(now);
        Map<String, UUID> deliveries = Map.of(
                "delivered, 31 days", delivery(subscription, "DELIVERED", now.minus(Duration.ofDays(31))),
                "failed, 40 days", delivery(subscription, "FAILED", now.minus(Duration.ofDays(40))),
                "pending, 60 days", delivery(subscription, "PENDING", now.minus(Duration.ofDays(60))),
                "delivered, 29 days", delivery(subscription, "DELIVERED", now.minus(Duration.ofDays(29))));
        deliveries.values().forEach(this::attempt);

        Map<String, UUID> processed = Map.of(
                "consumed 31 days ago", processedEvent(now.minus(Duration.ofDays(31))),
                "consumed 29 days ago", processedEvent(now.minus(Duration.ofDays(29))));

        // The scheduler calls it on a Vert.x context, as the reactive sessions need; so does the test.
        VertxContextSupport.subscribeAndAwait(() -> sweep.sweep(now));

        assertEquals(List.of("read, 89 days"), remaining(notifications, "select id from notification where id = any($1)"));
        assertEquals(List.of("read, 89 days"),
                remaining(notifications, "select notification_id from notification_mail where notification_id = any($1)"));
        assertEquals(List.of("delivered, 29 days", "pending, 60 days"),
                remaining(deliveries, "select id from webhook_delivery where id = any($1)"));
        assertEquals(List.of("delivered, 29 days", "pending, 60 days"),
                remaining(deliveries, "select delivery_id from webhook_attempt where delivery_id = any($1)"));
        assertEquals(List.of("consumed 29 days ago"),
                remaining(processed, "select event_id from processed_event where event_id = any($1)"));
    }

    /** The names of the rows the query still finds, sorted. */
    private List<String> remaining(Map<String, UUID> rows, String query) {
        List<UUID> found = StreamSupport.stream(database.preparedQuery(query)
                .execute(Tuple.of(rows.values().toArray(UUID[]::new))).await().atMost(AWAIT).spliterator(), false)
                .map(row -> row.getUUID(0)).toList();
        return rows.entrySet().stream().filter(row -> found.contains(row.getValue())).map(Map.Entry::getKey).sorted()
                .collect(Collectors.toList());
    }

    private UUID notification(UUID review, Instant createdAt, boolean read) {
        UUID id = UUID.randomUUID();
        execute("insert into notification (id, recipient, kind, review_id, claim_text, actor, created_at, read_at, dedupe_key) "
                + "values ($1, 'reviewer', 'ASSIGNED', $2, 'Retention probe', 'editor', $3, $4, $5)",
                Tuple.of(id, review, utc(createdAt), read ? utc(createdAt.plusSeconds(60)) : null, "retention:" + id));
        return id;
    }

    private UUID processedEvent(Instant processedAt) {
        UUID id = UUID.randomUUID();
        execute("insert into processed_event (event_id, topic, processed_at) values ($1, 'claims.queued', $2)",
                Tuple.of(id, utc(processedAt)));
        return id;
    }

    private void sentMail(UUID notification) {
        execute("insert into notification_mail (notification_id, status, attempts, next_attempt_at, sent_at) "
                + "values ($1, 'SENT', 1, now(), now())", Tuple.of(notification));
    }

    /** A paused endpoint, so the dispatcher never sends this test's deliveries. */
    private UUID subscription(Instant now) {
        UUID id = UUID.randomUUID();
        execute("insert into webhook_subscription (id, url, event_types, secret, enabled, created_by, created_at) "
                + "values ($1, 'https://receiver.example/hook', '{verdict.published}', 'whsec_retention', false, 'admin', $2)",
                Tuple.of(id, utc(now)));
        return id;
    }

    private UUID delivery(UUID subscription, String status, Instant createdAt) {
        UUID id = UUID.randomUUID();
        execute("insert into webhook_delivery (id, subscription_id, event_type, claim_id, payload, status, attempts, "
                + "created_at, next_attempt_at) values ($1, $2, 'verdict.published', $3, '{}', $4, 1, $5, "
                + "timestamptz '2100-01-01T00:00:00Z')",
                Tuple.of(id, subscription, UUID.randomUUID(), status, utc(createdAt)));
        return id;
    }

    private void attempt(UUID delivery) {
        execute("insert into webhook_attempt (delivery_id, attempted_at, status_code, duration_ms) values ($1, now(), 200, 5)",
                Tuple.of(delivery));
    }

    private void execute(String sql, Tuple values) {
        database.preparedQuery(sql).execute(values).await().atMost(AWAIT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
