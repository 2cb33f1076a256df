package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The relay publishes as soon as the approving transaction commits (NOTIFY -> LISTEN), not at its next poll: with
 * the poll an hour away, the verdict still reaches Kafka at once.
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

    @Test
    void anApprovedVerdictIsPublishedWithoutWaitingForThePoll() {
        JsonPath submitted = Steps.submitted("reviewer");
        JsonPath published = Steps.approve("editor", submitted);

        List<JsonNode> verdicts = Desk.awaitEvents("verdicts.published", published.getString("claimId"),
                published.getString("id"), 1);
        assertEquals("FALSE", verdicts.get(0).get("rating").asText());
    }
}
