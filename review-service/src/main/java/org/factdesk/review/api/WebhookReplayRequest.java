package org.factdesk.review.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** Send again every delivery created since this instant. */
public record WebhookReplayRequest(@NotNull @PastOrPresent Instant since) {
}
