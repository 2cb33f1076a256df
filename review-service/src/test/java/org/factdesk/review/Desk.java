package org.factdesk.review;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Test helpers: claim events on the real Kafka, and API calls with real tokens. */
public final class Desk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaCompanion kafka;

    private Desk() {
    }

    public static synchronized KafkaCompanion kafka() {
        if (kafka == null) {
            kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return kafka;
    }

    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** A schema-valid claims.queued event for a fresh claim; {@code customise} may change any field. */
    public static ObjectNode claimQueued(Consumer<ObjectNode> customise) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", now.toString());
        event.put("version", 1);
        event.put("claimId", UUID.randomUUID().toString());
        event.put("articleId", UUID.randomUUID().toString());
        event.put("articleTitle", "Council doubles the bus budget");
        event.put("articleUrl", "https://news.example.org/2026/11/bus-budget");
        event.put("claimText", "The council doubled the bus budget in 2025.");
        event.put("context", "In her speech the mayor said the council doubled the bus budget in 2025.");
        event.put("checkWorthiness", 0.8);
        event.put("priority", "NORMAL");
        event.putNull("dueAt");
        event.put("queuedBy", "editor");
        event.put("queuedAt", now.toString());
        event.put("language", "en");
        event.put("claimAuthor", "Jane Mayor");
        event.put("articlePublishedAt", now.minus(Duration.ofHours(3)).toString());
        event.put("someFutureField", "consumers ignore fields they do not know");
        customise.accept(event);
        return event;
    }

    /** A schema-valid claims.withdrawn event. */
    public static ObjectNode claimWithdrawn(String claimId, String articleId) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", Instant.now().toString());
        event.put("version", 1);
        event.put("claimId", claimId);
        event.put("articleId", articleId);
        event.put("withdrawnBy", "editor");
        event.put("reason", "The article was pulled.");
        return event;
    }

    /** A schema-valid claims.changed event: the claim is {@code status}, with this priority and due time. */
    public static ObjectNode claimChanged(String claimId, String articleId, String status, String priority, Instant dueAt) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", Instant.now().toString());
        event.put("version", 1);
        event.put("claimId", claimId);
        event.put("articleId", articleId);
        event.put("status", status);
        event.put("articleStatus", "IN_CHECK");
        event.putNull("rating");
        event.put("priority", priority);
        event.put("dueAt", dueAt == null ? null : dueAt.toString());
        return event;
    }

    /** Sends the event as the article-service would (key = claim id), after checking it against the contract. */
    public static void send(String topic, ObjectNode event) {
        String payload = write(event);
        EventSchemas.assertValid(topic, payload);
        sendRaw(topic, event.get("claimId").asText(), payload);
    }

    public static void sendRaw(String topic, String key, String payload) {
        kafka().produceStrings().fromRecords(new ProducerRecord<>(topic, key, payload)).awaitCompletion();
    }

    /** Queues a fresh claim and waits until the review-service has opened its item. */
    public static JsonPath queuedReview(Consumer<ObjectNode> customise) {
        ObjectNode event = claimQueued(customise);
        send("claims.queued", event);
        return awaitReview(event.get("claimId").asText());
    }

    public static JsonPath awaitReview(String claimId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as("reviewer").get("/api/reviews/by-claim/" + claimId).statusCode() == 200);
        return review("reviewer", "/api/reviews/by-claim/" + claimId);
    }

    public static JsonPath review(String user, String path) {
        return as(user).get(path).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath reviewById(String id) {
        return review("reviewer", "/api/reviews/" + id);
    }

    /** Waits for the records with this key on the topic (read from the beginning: topics are shared). */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key,
            Predicate<List<ConsumerRecord<String, String>>> done) {
        try (ConsumerTask<String, String> task = kafka().consumeStrings()
                .withGroupId("review-service-test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(topic)) {
            List<ConsumerRecord<String, String>>[] mine = new List[1];
            await().atMost(Duration.ofSeconds(40)).until(() -> {
                mine[0] = task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
                return done.test(mine[0]);
            });
            return mine[0];
        }
    }

    /**
     * The schema-valid events of one review on a topic. Filtering by review id matters: other review-service
     * instances on the shared broker consume the same claims.queued events and announce their own items.
     */
    public static List<JsonNode> awaitEvents(String topic, String claimId, String reviewId,
            int atLeast) {
        List<JsonNode>[] mine = new List[1];
        awaitRecords(topic, claimId, records -> {
            mine[0] = records.stream()
                    .map(record -> EventSchemas.assertValid(topic, record.value()))
                    .filter(event -> reviewId.equals(event.path("reviewId").asText()))
                    .toList();
            return mine[0].size() >= atLeast;
        });
        return mine[0];
    }

    public static Map<String, Object> body(Object... keyValues) {
        java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
