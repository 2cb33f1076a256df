package org.factdesk.article;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.article.domain.OutboxEvent;
import org.factdesk.article.messaging.KafkaOutboxPublisher;
import org.factdesk.article.messaging.OutboxRelay;
import org.factdesk.article.repository.OutboxRepository;
import org.factdesk.article.support.Api;
import org.factdesk.article.support.KafkaEvents;
import org.factdesk.article.support.RepoFiles;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Kafka unreachable while editors queue claims: the state change commits, the events wait in the
 * outbox, relay attempts against a broker that does not answer fail within the delivery timeout and
 * leave every row unsent; once a broker answers, each event arrives exactly once. The shared broker
 * is never stopped: the scheduled relay is paused and the outage is a relay whose producer points
 * at an address where no broker listens.
 */
@QuarkusTest
@TestProfile(OutboxOutageTest.RelayPaused.class)
class OutboxOutageTest {

    public static class RelayPaused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.outbox.relay-enabled", "false");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRepository outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eventsQueuedDuringAnOutageAreDeliveredExactlyOnceAfterwards() {
        JsonPath article = Api.createArticle("Outage " + Api.marker(), RepoFiles.sharedArticle(2));
        UUID articleId = Api.id(article, "id");
        List<Map<String, Object>> claims = article.getList("claims");
        List<Map<String, Object>> chosen = claims.subList(0, Math.min(5, claims.size()));
        Set<String> ids = chosen.stream().map(claim -> (String) claim.get("id")).collect(Collectors.toSet());
        assertTrue(ids.size() >= 3);

        Api.queue(articleId, chosen);
        assertEquals(2 * ids.size(), unsent(ids).size(), "claims.queued and claims.changed per claim wait in the outbox");

        try (KafkaOutboxPublisher unreachable = new KafkaOutboxPublisher(Map.of("bootstrap.servers", "localhost:1"),
                Duration.ofSeconds(3),
                Duration.ofSeconds(2), "article-service-outage-test")) {
            for (int attempt = 0; attempt < 2; attempt++) {
                long started = System.nanoTime();
                assertEquals(0, onContext(() -> relay.relay(unreachable)));
                assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 20,
                        "a dead broker fails a run within bounds");
            }
        }
        List<OutboxEvent> waiting = unsent(ids);
        assertEquals(2 * ids.size(), waiting.size(), "nothing was marked sent without an ack");
        waiting.forEach(row -> {
            assertTrue(row.attempts >= 2);
            assertTrue(row.lastError != null && !row.lastError.isBlank());
        });

        try (KafkaCompanion kafka = KafkaEvents.companion();
                KafkaOutboxPublisher live = new KafkaOutboxPublisher(Map.of("bootstrap.servers", bootstrapServers),
                        Duration.ofSeconds(15),
                        Duration.ofSeconds(5), "article-service-outage-test")) {
            ConsumerTask<String, String> queued = KafkaEvents.watch(kafka, "claims.queued", ids);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                onContext(() -> relay.relay(live));
                return unsent(ids).isEmpty();
            });
            assertEquals(0, onContext(() -> relay.relay(live)), "nothing is left to send");

            queued.awaitRecords(ids.size(), Duration.ofSeconds(30));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> queued.count() == ids.size());
            assertEquals(ids, queued.getRecords().stream().map(record -> record.key()).collect(Collectors.toSet()));
            queued.close();
        }
    }

    /** Runs reactive work on a Vert.x context, where the relay and Panache sessions must run. */
    private static <T> T onContext(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable failure) {
            throw new IllegalStateException(failure);
        }
    }

    private List<OutboxEvent> unsent(Set<String> claimIds) {
        return onContext(() -> Panache.withSession(
                () -> outbox.list("messageKey in ?1 and sentAt is null", claimIds)));
    }
}
