package org.factdesk.review.events;

import java.time.Instant;

/**
 * The body of every webhook request, in the Standard Webhooks shape: {@code type} (claim.queued,
 * review.state_changed, verdict.published, verdict.corrected), when it happened, and {@code data}: the event as this
 * service publishes it on Kafka (ReviewProgressed or VerdictPublished, described in deploy/events).
 */
public record WebhookPayload(String type, Instant timestamp, Object data) {
}
