package org.factdesk.review.webhooks;

import static org.awaitility.Awaitility.await;
import static org.factdesk.review.Desk.as;
import static org.factdesk.review.Desk.body;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.factdesk.review.Desk;
import org.factdesk.review.Steps;
import org.factdesk.review.webhooks.WebhookReceiver.Answer;
import org.factdesk.review.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Webhooks end to end: the review-service sends real HTTPS requests to a receiver on loopback that fails, hangs and
 * recovers; the receiver verifies every signature independently of the service's own code.
 */
@QuarkusTest
@QuarkusTestResource(WebhookReceiver.class)
class WebhookDeliveryTest {

    private static final String PATH = "/api/reviews/webhooks";
    private static final List<String> ALL_TYPES = List.of("claim.queued", "review.state_changed", "verdict.published",
            "verdict.corrected");

    private final List<String> registered = new ArrayList<>();

    @AfterEach
    void deleteEndpoints() {
        registered.forEach(id -> as("admin").delete(PATH + "/" + id));
    }

    @Test
    void everyEventOfAClaimArrivesSignedOnceInOrderAlthoughTheReceiverFailsAndHangsFirst() {
        String hook = "/hooks/" + UUID.randomUUID();
        JsonPath created = register(hook, ALL_TYPES);
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"));
        ObjectNode queued = Desk.claimQueued(e -> {
        });
        String claimId = queued.get("claimId").asText();
        receiver().script(hook, claimId, Answer.FAIL, Answer.HANG, Answer.FAIL);

        Desk.send("claims.queued", queued);
        JsonPath review = Desk.awaitReview(claimId);
        JsonPath taken = Steps.take("reviewer", review);
        Steps.addSource("reviewer", taken);
        JsonPath submitted = Steps.submit("reviewer", Desk.reviewById(taken.getString("id")), "FALSE");
        JsonPath published = Steps.approve("editor", submitted);
        Steps.corrected(published, "editor2", "editor");

        // Every delivery of the claim was queued by the transaction of its change, so all are in the log by now.
        String webhookId = created.getString("webhook.id");
        List<String> queuedForClaim = as("admin").get(PATH + "/" + webhookId + "/deliveries?limit=100").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.claimId == '" + claimId + "' }.id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> receiver().accepted(hook, claimId).size() >= queuedForClaim.size());
        List<Received> accepted = receiver().accepted(hook, claimId);
        assertEquals(queuedForClaim.size(), accepted.size(), "each delivery accepted once");

        // claim.queued and review.state_changed are the review's progress events on Kafka, in the same order.
        long progressDeliveries = accepted.stream().filter(r -> !r.type().startsWith("verdict.")).count();
        List<JsonNode> progress = Desk.awaitEvents("reviews.progress", claimId, review.getString("id"),
                (int) progressDeliveries);
        List<String> expectedTypes = new ArrayList<>();
        List<String> expectedEventIds = new ArrayList<>();
        for (JsonNode event : progress) {
            expectedTypes.add(event.path("previousState").isNull() || event.path("previousState").isMissingNode()
                    ? "claim.queued"
                    : "review.state_changed");
            expectedEventIds.add(event.path("eventId").asText());
        }
        List<String> progressTypes = accepted.stream().map(Received::type)
                .filter(type -> type.startsWith("claim.") || type.startsWith("review.")).toList();
        List<String> progressIds = accepted.stream()
                .filter(r -> r.type().startsWith("claim.") || r.type().startsWith("review."))
                .map(r -> r.payload().path("data").path("eventId").asText()).toList();
        assertEquals(expectedTypes, progressTypes);
        assertEquals(expectedEventIds, progressIds, "every progress event once, in the order it happened");
        assertEquals(List.of("verdict.published", "verdict.corrected"), accepted.stream().map(Received::type)
                .filter(type -> type.startsWith("verdict.")).toList());
        assertEquals(accepted.size(), accepted.stream().map(Received::id).distinct().count(),
                "each accepted delivery has its own webhook-id");

        // The published verdict comes after the state change to PUBLISHED's predecessor and before the correction.
        List<String> order = accepted.stream().map(Received::type).toList();
        assertTrue(order.indexOf("verdict.published") < order.indexOf("verdict.corrected"));

        for (Received received : receiver().received(hook)) {
            assertTrue(verifies(received, secret), "signature of " + received.id() + " verifies");
            long age = Instant.now().getEpochSecond() - Long.parseLong(received.timestamp());
            assertTrue(age >= 0 && age < 300, "webhook-timestamp is the time of sending");
        }

        // The first delivery took four attempts: 503, no answer, 503, then 204 — all in its log.
        String firstId = accepted.get(0).id();
        JsonPath detail = as("admin").get(PATH + "/" + webhookId + "/deliveries/" + firstId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("DELIVERED", detail.getString("delivery.status"));
        assertEquals(4, detail.getInt("delivery.attempts"));
        assertEquals(java.util.Arrays.asList(503, null, 503, 204), detail.getList("attempts.statusCode"));
        assertTrue(detail.getString("attempts[1].error").startsWith("no answer within"), detail.prettify());
        assertEquals(accepted.get(0).body(), detail.getString("payload"), "the log holds the exact body sent");
        assertEquals(4, receiver().received(hook).stream().filter(r -> r.id().equals(firstId)).count());
    }

    @Test
    void anEndpointFailingForARunIsDisabledAndItsHeldDeliveriesGoOutInOrderWhenEnabledAgain() {
        String hook = "/hooks/" + UUID.randomUUID();
        String id = register(hook, List.of("claim.queued", "review.state_changed")).getString("webhook.id");
        receiver().answerEverything(hook, Answer.FAIL);

        JsonPath review = Desk.queuedReview(e -> {
        });
        String claimId = review.getString("claimId");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !as("admin").get(PATH + "/" + id).then().extract().jsonPath().getBoolean("enabled"));
        JsonPath disabled = as("admin").get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
        assertTrue(disabled.getString("disabledReason").startsWith("disabled automatically after 4 or more failed"),
                disabled.prettify());
        assertTrue(disabled.getInt("consecutiveFailures") >= 4);
        // While disabled, new events still queue (nothing is lost) and nothing is sent.
        Steps.take("reviewer", review);
        await().atMost(Duration.ofSeconds(10)).until(() -> as("admin").get(PATH + "/" + id).then().extract()
                .jsonPath().getLong("pendingDeliveries") >= 2);
        int requestsWhileDisabled = receiver().received(hook).size();

        receiver().answerEverything(hook, Answer.OK);
        as("admin").body(body("url", receiver().url(hook), "eventTypes", List.of("claim.queued",
                "review.state_changed"), "enabled", true)).put(PATH + "/" + id).then().statusCode(200)
                .body("enabled", org.hamcrest.Matchers.is(true))
                .body("consecutiveFailures", org.hamcrest.Matchers.is(0));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver().accepted(hook, claimId).size() >= 2);
        assertEquals(List.of("claim.queued", "review.state_changed"),
                receiver().accepted(hook, claimId).stream().map(Received::type).toList());
        assertTrue(requestsWhileDisabled <= receiver().received(hook).size());
        JsonPath failedLog = as("admin").get(PATH + "/" + id + "/deliveries?status=DELIVERED").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(failedLog.getList("items.claimId").contains(claimId));
    }

    @Test
    void afterARotationBothSecretsSignUntilThePreviousExpires() {
        String hook = "/hooks/" + UUID.randomUUID();
        JsonPath created = register(hook, List.of("claim.queued"));
        String id = created.getString("webhook.id");
        String oldSecret = created.getString("secret");
        JsonPath rotated = as("admin").post(PATH + "/" + id + "/secret").then().statusCode(200).extract().jsonPath();
        String newSecret = rotated.getString("secret");
        assertNotEquals(oldSecret, newSecret);
        assertTrue(Instant.parse(rotated.getString("previousSecretExpiresAt")).isAfter(Instant.now()
                .plus(Duration.ofHours(23))));

        String claimId = Desk.queuedReview(e -> {
        }).getString("claimId");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver().accepted(hook, claimId).size() == 1);
        Received received = receiver().accepted(hook, claimId).get(0);
        assertEquals(2, received.signature().split(" ").length, received.signature());
        assertTrue(verifies(received, newSecret));
        assertTrue(verifies(received, oldSecret));
        assertFalse(verifies(received, "whsec_" + Base64.getEncoder().encodeToString(new byte[32])));
        as("admin").get(PATH + "/" + id).then().statusCode(200)
                .body("secretRotatedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aDeliveryIsReplayedWithItsWebhookIdAndReplaySinceRequeuesOnlyWhatIsNotPending() {
        String hook = "/hooks/" + UUID.randomUUID();
        String id = register(hook, List.of("claim.queued")).getString("webhook.id");
        Instant before = Instant.now().minusSeconds(1);
        String claimId = Desk.queuedReview(e -> {
        }).getString("claimId");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver().accepted(hook, claimId).size() == 1);
        String deliveryId = receiver().accepted(hook, claimId).get(0).id();

        as("admin").post(PATH + "/" + id + "/deliveries/" + deliveryId + "/replay").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.is(deliveryId));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver().accepted(hook, claimId).size() == 2);
        assertEquals(List.of(deliveryId, deliveryId),
                receiver().accepted(hook, claimId).stream().map(Received::id).toList());

        int requeued = as("admin").body(body("since", before.toString())).post(PATH + "/" + id + "/replay").then()
                .statusCode(200).extract().path("requeued");
        assertEquals(as("admin").get(PATH + "/" + id + "/deliveries?limit=100").then().extract().jsonPath()
                .getList("items").size(), requeued);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver().accepted(hook, claimId).size() == 3);

        as("admin").post(PATH + "/" + id + "/deliveries/" + UUID.randomUUID() + "/replay").then().statusCode(404);
    }

    @Test
    void theDeliveryLogPagesNewestFirstAndFiltersByStatus() {
        String hook = "/hooks/" + UUID.randomUUID();
        String id = register(hook, List.of("claim.queued")).getString("webhook.id");
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            claims.add(Desk.queuedReview(e -> {
            }).getString("claimId"));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> claims.stream().allMatch(c -> receiver().accepted(hook, c).size() == 1));
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = as("admin").queryParam("limit", 2).queryParam("status", "DELIVERED");
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(PATH + "/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.claimId"));
            after = page.getString("next");
        } while (after != null);
        List<String> mine = seen.stream().filter(claims::contains).toList();
        assertEquals(List.of(claims.get(2), claims.get(1), claims.get(0)), mine, "newest first, each once");
        as("admin").get(PATH + "/" + id + "/deliveries?status=FAILED").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as("admin").get(PATH + "/" + id + "/deliveries?status=LOST").then().statusCode(400)
                .body("detail", containsString("PENDING, DELIVERED or FAILED"));
        as("admin").get(PATH + "/" + id + "/deliveries?after=xyz").then().statusCode(400);
    }

    @Test
    void targetsInsideTheNetworkAndOtherBadEndpointsAreRefusedAndNothingIsStored() {
        int before = as("admin").get(PATH).then().statusCode(200).extract().jsonPath().getList("$").size();
        Map<String, String> refused = Map.of(
                "http://localhost/hooks/x", "only https URLs are accepted",
                "https://127.0.0.1/hooks/x", "127.0.0.1 resolves to 127.0.0.1, a loopback address",
                "https://169.254.169.254/latest/meta-data", "a link-local address",
                "https://10.1.2.3/hooks", "a private address",
                "https://[::1]/hooks", "a loopback address",
                "https://[fd00::1]/hooks", "unique local",
                "https://100.64.0.1/hooks", "carrier-grade NAT",
                "https://user:pw@localhost/hooks", "user name or password",
                "https://no-such-host.invalid/hooks", "does not resolve",
                "not a url at all", "not a valid URL");
        refused.forEach((url, detail) -> as("admin").body(body("url", url, "eventTypes", List.of("claim.queued")))
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(detail)));
        as("admin").body(body("url", receiver().url("/hooks/x"), "eventTypes", List.of("claim.deleted")))
                .post(PATH).then().statusCode(400).body("detail", containsString("unknown event type 'claim.deleted'"));
        as("admin").body(body("url", receiver().url("/hooks/x"), "eventTypes", List.of())).post(PATH).then()
                .statusCode(400).body("detail", containsString("eventTypes"));
        assertEquals(before, as("admin").get(PATH).then().extract().jsonPath().getList("$").size());

        // Admins only: the endpoints expose where the desk's data goes.
        for (String user : List.of("editor", "reviewer")) {
            as(user).get(PATH).then().statusCode(403);
            as(user).body(body("url", receiver().url("/hooks/x"), "eventTypes", List.of("claim.queued"))).post(PATH)
                    .then().statusCode(403);
        }
        RestAssured.given().get(PATH).then().statusCode(401);
        as("admin").get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    private JsonPath register(String hook, List<String> types) {
        JsonPath created = as("admin").body(body("url", receiver().url(hook), "description", "CMS test " + hook,
                "eventTypes", types)).post(PATH).then().statusCode(201).extract().jsonPath();
        registered.add(created.getString("webhook.id"));
        assertEquals(types, created.getList("webhook.eventTypes"));
        assertTrue(created.getBoolean("webhook.enabled"));
        return created;
    }

    private static WebhookReceiver receiver() {
        return WebhookReceiver.current();
    }

    /** Standard Webhooks verification as a receiver writes it: any v1 signature matching is enough. */
    static boolean verifies(Received received, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal((received.id() + "."
                    + received.timestamp() + "." + received.body()).getBytes(StandardCharsets.UTF_8)));
            for (String signature : received.signature().split(" ")) {
                if (signature.equals("v1," + expected)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
