package org.factdesk.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Events published on the real Kafka reach the signed-in browsers' /api/live streams, filtered by role. The
 * topics are shared with other test runs: every assertion looks for this test's own claim ids.
 */
@QuarkusTest
@WithTestResource(TestBackend.class)
class LiveUpdatesTest {

    static Vertx vertx;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    // On the management port, relative to its root path (/q).
    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @BeforeEach
    void liveEventsConsumerIsReady() {
        if (vertx == null) {
            vertx = Vertx.vertx();
        }
        // The consumer starts at the newest offset: events sent before it has its partitions would not be seen.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(ready).then().statusCode(200));
    }

    @AfterAll
    static void closeVertx() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    @Test
    void streamIsServerSentEventsForSignedInUsers() throws Exception {
        try (SseClient stream = open(BrowserSession.signIn("editor2"))) {
            assertEquals(200, stream.response().statusCode());
            assertTrue(stream.response().getHeader("Content-Type").startsWith("text/event-stream"));
            assertEquals("nosniff", stream.response().getHeader("X-Content-Type-Options"));
        }
    }

    @Test
    void editorSeesEveryTopicAndReviewerOnlyTheReviewQueue() throws Exception {
        String changedClaim = UUID.randomUUID().toString();
        String withdrawnClaim = UUID.randomUUID().toString();
        try (SseClient editor = open(BrowserSession.signIn("editor"));
                SseClient reviewer = open(BrowserSession.signIn("reviewer"));
                KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            String changed = claimChanged(changedClaim);
            publish(kafka, "claims.changed", changedClaim, changed);
            await().atMost(Duration.ofSeconds(20)).until(() -> editor.received("claims.changed", changedClaim));
            assertTrue(editor.events().stream().anyMatch(e -> e.data().equals(changed)), "data is the JSON as published");

            // Same consumer, same order: once the reviewer has the later event, the earlier one was filtered out.
            publish(kafka, "claims.withdrawn", withdrawnClaim, claimWithdrawn(withdrawnClaim));
            await().atMost(Duration.ofSeconds(20)).until(() -> reviewer.received("claims.withdrawn", withdrawnClaim));
            await().atMost(Duration.ofSeconds(20)).until(() -> editor.received("claims.withdrawn", withdrawnClaim));
            assertFalse(reviewer.receivedAny(changedClaim), "claims.changed is not for reviewers");
        }
    }

    @Test
    void aLogoutEndsTheStreamsOfItsSessionAndNoOther() throws Exception {
        BrowserSession leaving = BrowserSession.signIn("reviewer2");
        BrowserSession staying = BrowserSession.signIn("reviewer2");
        try (SseClient ending = open(leaving); SseClient other = open(staying)) {
            assertEquals(200, ending.response().statusCode());
            assertEquals(200, other.response().statusCode());
            assertEquals(303, leaving.signOut().statusCode());
            await().atMost(Duration.ofSeconds(10)).until(ending::ended);
            // Settle window: the same user's other session keeps its stream.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !other.ended());
        }
    }

    @Test
    void oneUserHoldsAtMostFiveStreamsAndThenGets429() throws Exception {
        BrowserSession admin = BrowserSession.signIn("admin");
        java.util.List<SseClient> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                SseClient stream = open(admin);
                open.add(stream);
                assertEquals(200, stream.response().statusCode(), "stream " + (i + 1));
            }
            // A socket timeout, so that a stream wrongly admitted fails the test instead of hanging it.
            io.restassured.response.Response refused = admin.request()
                    .config(RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 10_000)))
                    .get("/api/live");
            assertEquals(429, refused.statusCode());
            assertEquals("application/problem+json", refused.contentType());
            assertEquals("30", refused.header("Retry-After"));
            assertTrue(refused.jsonPath().getString("detail").contains("at most 5 live streams"));
            assertEquals("urn:factdesk:problem:rate-limited", refused.jsonPath().getString("type"));

            // Closing one tab frees its place.
            open.remove(0).close();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                SseClient again = open(admin);
                open.add(again);
                assertEquals(200, again.response().statusCode());
            });
        } finally {
            open.forEach(SseClient::close);
        }
    }

    private SseClient open(BrowserSession session) throws Exception {
        return SseClient.open(vertx, "localhost", RestAssured.port, "/api/live", session.cookieHeader());
    }

    private static void publish(KafkaCompanion kafka, String topic, String claimId, String json) {
        EventContract.assertValid(topic, json);
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, claimId, json)).awaitCompletion(Duration.ofSeconds(10));
    }

    private static String claimChanged(String claimId) {
        return new JsonObject()
                .put("eventId", UUID.randomUUID().toString())
                .put("occurredAt", Instant.now().toString())
                .put("version", 1)
                .put("claimId", claimId)
                .put("articleId", UUID.randomUUID().toString())
                .put("status", "QUEUED")
                .put("articleStatus", "IN_CHECK")
                .put("rating", null)
                .encodePrettily();
    }

    private static String claimWithdrawn(String claimId) {
        return new JsonObject()
                .put("eventId", UUID.randomUUID().toString())
                .put("occurredAt", Instant.now().toString())
                .put("version", 1)
                .put("claimId", claimId)
                .put("articleId", UUID.randomUUID().toString())
                .put("withdrawnBy", "editor")
                .put("reason", "gateway live-update test")
                .encode();
    }
}
