package org.factdesk.article.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.factdesk.article.messaging.RetentionSweep;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The ids of consumed events are forgotten after 30 days (well beyond the topics' 7-day retention, so no event that
 * can still arrive again is forgotten), in several batches (two rows per transaction in tests); younger ones stay.
 */
@QuarkusTest
class RetentionTest {

    private static final Duration AWAIT = Duration.ofSeconds(20);

    @Inject
    Pool database;

    @Inject
    RetentionSweep sweep;

    @Test
    void consumedEventIdsOlderThanTheirRetentionAreForgottenAndYoungerOnesKept() throws Throwable {
        Instant now = Instant.now();
        Map<String, UUID> processed = Map.of(
                "31 days", processedEvent(now.minus(Duration.ofDays(31))),
                "45 days", processedEvent(now.minus(Duration.ofDays(45))),
                "400 days", processedEvent(now.minus(Duration.ofDays(400))),
                "29 days", processedEvent(now.minus(Duration.ofDays(29))));

        // The scheduler calls it on a Vert.x context, as the reactive sessions need; so does the test.
        VertxContextSupport.subscribeAndAwait(() -> sweep.sweep(now));

        List<UUID> left = StreamSupport.stream(database
                .preparedQuery("select event_id from processed_event where event_id = any($1)")
                .execute(Tuple.of(processed.values().toArray(UUID[]::new))).await().atMost(AWAIT).spliterator(), false)
                .map(row -> row.getUUID(0)).toList();
        assertEquals(List.of("29 days"), processed.entrySet().stream().filter(e -> left.contains(e.getValue()))
                .map(Map.Entry::getKey).toList());
    }

    private UUID processedEvent(Instant processedAt) {
        UUID id = UUID.randomUUID();
        database.preparedQuery(
                "insert into processed_event (event_id, topic, processed_at) values ($1, 'verdicts.published', $2)")
                .execute(Tuple.of(id, processedAt.atOffset(ZoneOffset.UTC))).await().atMost(AWAIT);
        return id;
    }
}
