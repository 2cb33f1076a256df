package org.factdesk.review.api;

/** A new endpoint and its signing secret, which is shown this once. */
public record WebhookCreated(WebhookView webhook, String secret) {
}
