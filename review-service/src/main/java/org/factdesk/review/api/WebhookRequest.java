package org.factdesk.review.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A subscriber endpoint as an admin registers or changes it.
 *
 * @param eventTypes claim.queued, review.state_changed, verdict.published, verdict.corrected
 * @param enabled on a change: false pauses deliveries (they wait), true resumes them; new endpoints start enabled
 */
public record WebhookRequest(
        @NotBlank @Size(max = Limits.WEBHOOK_URL) String url,
        @Size(max = Limits.WEBHOOK_DESCRIPTION) String description,
        @NotEmpty @Size(max = 4) List<@NotBlank String> eventTypes,
        Boolean enabled) {
}
