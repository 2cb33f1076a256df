package org.factdesk.review.api;

import java.time.Instant;
import java.util.List;

/** One delivery with the exact body sent and every attempt. */
public record WebhookDeliveryDetail(WebhookDeliveryView delivery, String payload, List<Attempt> attempts) {

    public record Attempt(Instant at, Integer statusCode, String error, int durationMs) {
    }
}
