package org.factdesk.review.api;

import java.time.Instant;

/** A rotated signing secret (shown this once); the previous one keeps signing beside it until the given time. */
public record WebhookSecret(String secret, Instant previousSecretExpiresAt) {
}
