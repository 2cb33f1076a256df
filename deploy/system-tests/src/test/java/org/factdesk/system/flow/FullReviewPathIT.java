package org.factdesk.system.flow;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.factdesk.system.support.Api;
import org.factdesk.system.support.Articles;
import org.factdesk.system.support.Articles.ClaimRef;
import org.factdesk.system.support.EventSchemas;
import org.factdesk.system.support.Reviews;
import org.factdesk.system.support.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.path.json.JsonPath;

/**
 * The whole desk, across both services and the real broker: an editor queues a claim in the article-service, the
 * review-service picks it up from claims.queued, a reviewer researches it, a second editor approves, and
 * verdicts.published brings the verdict back to the article, which becomes CHECKED.
 */
class FullReviewPathIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void eventsProducedByOneServiceOnTheRealTopicsAreConsumedByTheOther() {
        try (TopicReader queuedTopic = TopicReader.fromNow("claims.queued");
                TopicReader verdictTopic = TopicReader.fromNow("verdicts.published")) {

            ClaimRef claim = Articles.queuedClaim("editor");
            Articles.expectStatus("editor", claim, "QUEUED");

            // article-service -> Kafka: exactly one claims.queued event for the claim, as the contract says.
            ConsumerRecord<String, String> queued = await("claims.queued for " + claim.claimId()).atMost(PATIENCE)
                    .until(() -> queuedTopic.matching(r -> claim.claimId().toString().equals(r.key())),
                            events -> !events.isEmpty())
                    .get(0);
            JsonNode queuedEvent = EventSchemas.valid("claims.queued", queued.value());
            assertEquals(claim.articleId().toString(), queuedEvent.path("articleId").asText());
            assertEquals("editor", queuedEvent.path("queuedBy").asText());

            // Kafka -> review-service: the item appears in the queue.
            JsonPath item = await("review item for " + claim.claimId()).atMost(PATIENCE)
                    .until(() -> Reviews.byClaim("reviewer", claim.claimId()), found -> found != null);
            assertEquals("QUEUED", item.getString("state"));
            assertEquals(queuedEvent.path("claimText").asText(), item.getString("claimText"));
            UUID reviewId = UUID.fromString(item.getString("id"));

            // The four-eyes workflow: reviewer researches and submits, a different editor approves.
            JsonPath submitted = Reviews.research("reviewer", reviewId);
            assertEquals("SUBMITTED", submitted.getString("state"));
            JsonPath published = Reviews.approve("editor2", reviewId, submitted.getLong("version"))
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("PUBLISHED", published.getString("state"));

            // review-service -> Kafka: verdicts.published for the claim.
            ConsumerRecord<String, String> verdict = await("verdicts.published for " + claim.claimId()).atMost(PATIENCE)
                    .until(() -> verdictTopic.matching(r -> claim.claimId().toString().equals(r.key())),
                            events -> !events.isEmpty())
                    .get(0);
            JsonNode verdictEvent = EventSchemas.valid("verdicts.published", verdict.value());
            assertEquals("MOSTLY_TRUE", verdictEvent.path("rating").asText());
            assertEquals("reviewer", verdictEvent.path("researchedBy").asText());
            assertEquals("editor2", verdictEvent.path("approvedBy").asText());

            // Kafka -> article-service: the claim shows the verdict and the article is CHECKED.
            await("verdict on claim " + claim.claimId() + " in the article-service").atMost(PATIENCE)
                    .untilAsserted(() -> Api.article("editor").get("/api/articles/{id}", claim.articleId()).then()
                            .statusCode(200)
                            .body("status", is("CHECKED"))
                            .body("claims", hasSize(1))
                            .body("claims[0].status", is("VERDICT"))
                            .body("claims[0].verdict.rating", is("MOSTLY_TRUE"))
                            .body("claims[0].verdict.reviewId", equalTo(reviewId.toString()))
                            .body("claims[0].verdict.verdictVersion", is(1))
                            .body("claims[0].verdict.reviewUrl", notNullValue()));
        }
    }
}
