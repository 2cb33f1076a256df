package org.factdesk.review.api;

/** How many deliveries went back into the queue. */
public record WebhookReplayed(int requeued) {
}
