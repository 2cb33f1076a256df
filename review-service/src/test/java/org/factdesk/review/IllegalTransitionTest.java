package org.factdesk.review;

import static org.awaitility.Awaitility.await;
import static org.factdesk.review.Desk.body;
import static org.factdesk.review.Steps.approve;
import static org.factdesk.review.Steps.ok;
import static org.factdesk.review.Steps.post;
import static org.factdesk.review.Steps.take;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every action that the state machine does not allow from a state is refused with 409 and the allowed ones. */
@QuarkusTest
class IllegalTransitionTest {

    private static final List<String> ACTIONS = List.of("take", "assign", "submit", "approve", "request-changes",
            "corrections");

    private static final Map<String, List<String>> ALLOWED = Map.of(
            "QUEUED", List.of("take", "assign"),
            "IN_RESEARCH", List.of("assign", "submit"),
            "SUBMITTED", List.of("approve", "request-changes"),
            "CHANGES_REQUESTED", List.of("take", "assign"),
            "PUBLISHED", List.of("corrections"),
            "CORRECTED", List.of("corrections"),
            "WITHDRAWN", List.of());

    @Test
    void everyIllegalTransitionIsRefusedWith409AndTheAllowedTransitions() {
        for (JsonPath item : itemsInEveryState().values()) {
            String state = item.getString("state");
            assertEquals(ALLOWED.get(state), item.getList("allowedTransitions"), state);
            for (String action : ACTIONS) {
                if (ALLOWED.get(state).contains(action)) {
                    continue;
                }
                // An editor is allowed every action by role, so only the state machine can refuse.
                post("admin", item.getString("id"), action, validBody(action, item.getLong("version")))
                        .then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("type", is("urn:factdesk:problem:illegal-transition"))
                        .body("state", is(state))
                        .body("allowedTransitions", equalTo(ALLOWED.get(state)))
                        .body("detail", containsString(action));
                assertEquals(state, Desk.reviewById(item.getString("id")).getString("state"),
                        action + " must not change a " + state + " item");
            }
        }
    }

    @Test
    void staleVersionIsRefusedWith409() {
        JsonPath queued = Desk.queuedReview(e -> {
        });
        JsonPath taken = take("reviewer", queued);
        post("editor", queued.getString("id"), "assign", body("assignee", "reviewer2", "version", queued.getLong("version")))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("urn:factdesk:problem:conflict"))
                .body("detail", containsString("stale version"));
        assertEquals("reviewer", Desk.reviewById(taken.getString("id")).getString("assignee"));
        JsonPath reassigned = Steps.assign("editor", taken, "reviewer2");
        assertEquals("reviewer2", reassigned.getString("assignee"));
        assertEquals("IN_RESEARCH", reassigned.getString("state"));
    }

    private static Map<String, JsonPath> itemsInEveryState() {
        Map<String, JsonPath> items = new LinkedHashMap<>();
        items.put("QUEUED", Desk.queuedReview(e -> {
        }));
        items.put("IN_RESEARCH", take("reviewer", Desk.queuedReview(e -> {
        })));
        JsonPath submitted = Steps.submitted("reviewer");
        items.put("SUBMITTED", submitted);
        JsonPath toSendBack = Steps.submitted("reviewer");
        items.put("CHANGES_REQUESTED", ok(post("editor", toSendBack.getString("id"), "request-changes",
                body("reason", "More sources.", "version", toSendBack.getLong("version")))));
        JsonPath published = approve("editor", Steps.submitted("reviewer"));
        items.put("PUBLISHED", published);
        JsonPath toCorrect = approve("editor", Steps.submitted("reviewer"));
        items.put("CORRECTED", Steps.corrected(toCorrect, "editor2", "editor"));
        items.put("WITHDRAWN", withdrawn(take("reviewer", Desk.queuedReview(e -> {
        }))));
        return items;
    }

    private static JsonPath withdrawn(JsonPath item) {
        ObjectNode event = Desk.claimWithdrawn(item.getString("claimId"), item.getString("articleId"));
        Desk.send("claims.withdrawn", event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "WITHDRAWN".equals(Desk.reviewById(item.getString("id")).getString("state")));
        return Desk.reviewById(item.getString("id"));
    }

    private static Object validBody(String action, long version) {
        return switch (action) {
            case "assign" -> body("assignee", "reviewer2", "version", version);
            case "submit" -> Steps.submission("FALSE", version);
            case "request-changes" -> body("reason", "Why?", "version", version);
            case "corrections" -> correction(version);
            default -> body("version", version);
        };
    }

    private static Object correction(long version) {
        return body("correctionNote", "Corrected figure.", "rating", "MOSTLY_FALSE", "label", "Mostly false",
                "summary", "Up 6%.", "explanation", "Revised budget.", "version", version);
    }
}
