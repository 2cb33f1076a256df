package org.factdesk.review.notifications;

import static org.awaitility.Awaitility.await;
import static org.factdesk.review.Desk.as;
import static org.factdesk.review.Desk.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.factdesk.review.Desk;
import org.factdesk.review.EventSchemas;
import org.factdesk.review.Steps;
import org.factdesk.review.notifications.SmtpReceiver.ReceivedMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Notifications end to end: the workflow's changes fill the right inboxes (never the person who acted), each is
 * announced on the notifications topic keyed by its recipient, and mails arrive at a real SMTP server on loopback in
 * the recipient's language, for the kinds they chose.
 */
@QuarkusTest
@QuarkusTestResource(SmtpReceiver.class)
class NotificationsTest {

    private static final String INBOX = "/api/reviews/notifications";
    private static final String PREFERENCES = "/api/reviews/me/preferences";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Long enough for a mail or a duplicate notification that should not come to have come. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    @AfterEach
    void defaultPreferences() {
        for (String user : List.of("editor", "editor2", "reviewer")) {
            as(user).body(body("language", "en", "email", Map.of("kinds", List.of("ASSIGNED", "CHANGES_REQUESTED",
                    "SUBMITTED_FOR_APPROVAL", "PUBLISHED", "CORRECTED", "OVERDUE")))).put(PREFERENCES)
                    .then().statusCode(200);
        }
    }

    @Test
    void eachStepOfTheLoopTellsThePeopleItConcernsAndNobodyElse() {
        JsonPath review = Desk.queuedReview(e -> e.put("queuedBy", "editor2"));
        String id = review.getString("id");

        JsonPath assigned = Steps.assign("editor", review, "reviewer");
        assertEquals(List.of("ASSIGNED"), kinds("reviewer", id));
        assertEquals(List.of(), kinds("editor", id), "the assigning editor is not told of their own action");

        Steps.addSource("reviewer", assigned);
        JsonPath submitted = Steps.submit("reviewer", Desk.reviewById(id), "FALSE");
        assertEquals(List.of("SUBMITTED_FOR_APPROVAL"), kinds("editor2", id), "the editor who queued the claim");

        JsonPath sentBack = Steps.ok(Steps.post("editor", id, "request-changes",
                body("reason", "Cite the 2024 budget too.", "version", submitted.getLong("version"))));
        assertEquals(List.of("CHANGES_REQUESTED", "ASSIGNED"), kinds("reviewer", id), "newest first");

        JsonPath resubmitted = Steps.submit("reviewer", Steps.take("reviewer", sentBack), "FALSE");
        Steps.approve("editor", resubmitted);
        assertEquals(List.of("PUBLISHED", "CHANGES_REQUESTED", "ASSIGNED"), kinds("reviewer", id));
        assertEquals(List.of("PUBLISHED", "SUBMITTED_FOR_APPROVAL", "SUBMITTED_FOR_APPROVAL"), kinds("editor2", id));
        assertEquals(List.of(), kinds("editor", id), "the approver acted every time");

        JsonPath first = inbox("reviewer", id).get(2);
        assertEquals("editor", first.getString("actor"));
        assertEquals(review.getString("claimText"), first.getString("claimText"));

        // Every notification is announced to the live streams, keyed by its recipient and valid by the contract.
        Set<String> reviewerNotifications = inbox("reviewer", id).stream().map(n -> n.getString("id"))
                .collect(Collectors.toSet());
        List<JsonNode> events = Desk.awaitRecords("notifications", "reviewer", records -> announced(records)
                .stream().filter(e -> reviewerNotifications.contains(e.get("notificationId").asText())).count() == 3)
                .stream().map(r -> EventSchemas.assertValid("notifications", r.value()))
                .filter(e -> id.equals(e.get("reviewId").asText())).toList();
        assertEquals(reviewerNotifications, events.stream().map(e -> e.get("notificationId").asText())
                .collect(Collectors.toSet()));

        // And by mail, to the address Keycloak has, one per notification.
        Map<String, ReceivedMail> mails = awaitMails(reviewerNotifications, 3);
        mails.values().forEach(mail -> {
            assertEquals(List.of("reviewer@factdesk.example"), mail.to());
            assertTrue(mail.text().contains("/reviews/" + id), mail.text());
        });
        assertEquals(Set.of("Assigned to you: ", "Changes requested: ", "Published: "), mails.values().stream()
                .map(mail -> mail.subject().substring(0, mail.subject().indexOf(':') + 2)).collect(Collectors.toSet()));
    }

    @Test
    void mailsFollowEachPersonsLanguageAndChoiceOfKinds() {
        as("editor2").body(body("language", "es", "email", Map.of("kinds", List.of("SUBMITTED_FOR_APPROVAL"))))
                .put(PREFERENCES).then().statusCode(200)
                .body("language", equalTo("es")).body("email.kinds", equalTo(List.of("SUBMITTED_FOR_APPROVAL")))
                .body("email.available", equalTo(true));
        JsonPath review = Desk.queuedReview(e -> e.put("queuedBy", "editor2"));
        String id = review.getString("id");
        JsonPath taken = Steps.take("reviewer", review);
        Steps.addSource("reviewer", taken);
        Steps.approve("editor", Steps.submit("reviewer", Desk.reviewById(id), "FALSE"));

        List<JsonPath> inbox = inbox("editor2", id);
        assertEquals(List.of("PUBLISHED", "SUBMITTED_FOR_APPROVAL"), inbox.stream().map(n -> n.getString("kind")).toList());
        Set<String> ids = inbox.stream().map(n -> n.getString("id")).collect(Collectors.toSet());
        Map<String, ReceivedMail> mails = awaitMails(ids, 1);
        ReceivedMail mail = mails.get(inbox.get(1).getString("id"));
        assertTrue(mail.subject().startsWith("Pendiente de su aprobación: "), mail.subject());
        assertTrue(mail.text().contains("envió un veredicto"), mail.text());
        assertEquals(1, mailsFor(ids).size(), "no mail for PUBLISHED, which editor2 turned off");
    }

    @Test
    void readingMarksOnlyYourOwnAndTheUnreadCountFollows() {
        JsonPath review = Desk.queuedReview(e -> {
        });
        String id = review.getString("id");
        Steps.assign("editor", review, "reviewer");
        String notification = inbox("reviewer", id).get(0).getString("id");
        long unread = unread("reviewer");
        assertTrue(unread >= 1);

        as("reviewer2").post(INBOX + "/" + notification + "/read").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no notification"));
        assertEquals(unread, unread("reviewer"), "another person cannot mark it");
        assertEquals(1, as("reviewer").get(INBOX + "?unread=true&limit=100").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.reviewId == '" + id + "' }").size());

        as("reviewer").post(INBOX + "/" + notification + "/read").then().statusCode(204);
        as("reviewer").post(INBOX + "/" + notification + "/read").then().statusCode(204);
        assertEquals(unread - 1, unread("reviewer"));
        assertTrue(inbox("reviewer", id).get(0).getBoolean("read"));

        as("reviewer").post(INBOX + "/read-all").then().statusCode(200);
        assertEquals(0, unread("reviewer"));
    }

    @Test
    void aReviewPastItsDueTimeTellsThePersonItWaitsOnOnce() {
        JsonPath review = Desk.queuedReview(e -> e.put("dueAt", Instant.now().minus(Duration.ofHours(1)).toString()));
        String id = review.getString("id");
        // Nobody holds it yet: the editor who queued it hears. The sweep runs every second in tests.
        await().atMost(Duration.ofSeconds(20)).until(() -> kinds("editor", id).equals(List.of("OVERDUE")));
        // Told once, however often the sweep runs.
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> kinds("editor", id).equals(List.of("OVERDUE")));
        assertEquals(null, inbox("editor", id).get(0).getString("actor"));
    }

    @Test
    void badPreferencesAreRefusedWithAReason() {
        as("editor").body(body("language", "xx", "email", Map.of("kinds", List.of()))).put(PREFERENCES).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("language"));
        as("editor").body(body("language", "en", "email", Map.of("kinds", List.of("SOMETIMES")))).put(PREFERENCES)
                .then().statusCode(400).contentType("application/problem+json");
        as("editor").body("{").put(PREFERENCES).then().statusCode(400).contentType("application/problem+json");
        as("editor").get(PREFERENCES).then().statusCode(200).body("language", equalTo("en"));
    }

    @Test
    void theInboxNeedsASignedInDeskUser() {
        io.restassured.RestAssured.given().get(INBOX).then().statusCode(401);
        io.restassured.RestAssured.given().get(PREFERENCES).then().statusCode(401);
    }

    /** Kinds of the user's notifications about this review, newest first. */
    private static List<String> kinds(String user, String reviewId) {
        return inbox(user, reviewId).stream().map(n -> n.getString("kind")).toList();
    }

    private static List<JsonPath> inbox(String user, String reviewId) {
        List<Map<String, Object>> items = as(user).get(INBOX + "?limit=100").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.reviewId == '" + reviewId + "' }");
        return items.stream().map(item -> new JsonPath(Desk.write(item))).toList();
    }

    private static long unread(String user) {
        return as(user).get(INBOX + "/unread-count").then().statusCode(200).extract().jsonPath().getLong("unread");
    }

    private static List<JsonNode> announced(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    /** Waits for {@code count} mails of these notifications, then a settle window in which no further one may come. */
    private static Map<String, ReceivedMail> awaitMails(Set<String> notificationIds, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsFor(notificationIds).size() >= count);
        await("exactly " + count + " mails for " + notificationIds).during(SETTLE).atMost(SETTLE.plusSeconds(5))
                .until(() -> mailsFor(notificationIds).size() == count);
        return mailsFor(notificationIds);
    }

    private static Map<String, ReceivedMail> mailsFor(Set<String> notificationIds) {
        return SmtpReceiver.received().stream().filter(mail -> notificationIds.contains(mail.notificationId()))
                .collect(Collectors.toMap(ReceivedMail::notificationId, mail -> mail, (a, b) -> {
                    throw new AssertionError("two mails for notification " + a.notificationId());
                }));
    }
}
