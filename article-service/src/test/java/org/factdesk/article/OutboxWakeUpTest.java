package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.factdesk.article.support.Api;
import org.factdesk.article.support.KafkaEvents;
import org.factdesk.article.support.RepoFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The relay publishes as soon as the queueing transaction commits (NOTIFY -> LISTEN), not at its next poll: with the
 * poll an hour away, events still arrive at once.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.PollHourly.class)
class OutboxWakeUpTest {

    public static class PollHourly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.outbox.poll-interval", "1h");
        }
    }

    private final KafkaCompanion kafka = KafkaEvents.companion();

    @AfterEach
    void closeKafka() {
        kafka.close();
    }

    @Test
    void aCommittedQueueingIsPublishedWithoutWaitingForThePoll() {
        JsonPath article = Api.createArticle(Map.of("title", "Wake-up " + Api.marker(), "body", RepoFiles.sharedArticle(1)));
        UUID articleId = Api.id(article, "id");
        List<Map<String, Object>> suggestions = article.getList("claims");
        assertTrue(suggestions.size() >= 2, "article-1 yields several suggestions");
        for (Map<String, Object> claim : suggestions.subList(0, 2)) {
            Set<String> id = Set.of((String) claim.get("id"));
            ConsumerTask<String, String> queued = KafkaEvents.watch(kafka, "claims.queued", id);
            Api.queue(articleId, List.of(claim));
            queued.awaitRecords(1, Duration.ofSeconds(20));
            assertTrue(queued.getRecords().stream().map(record -> record.key()).collect(Collectors.toSet()).containsAll(id));
            queued.close();
        }
    }
}
