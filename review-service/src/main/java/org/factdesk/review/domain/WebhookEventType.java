package org.factdesk.review.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook subscriber can ask to hear about; {@link #wireName()} is the payload's {@code type}. */
public enum WebhookEventType {
    CLAIM_QUEUED("claim.queued"),
    REVIEW_STATE_CHANGED("review.state_changed"),
    VERDICT_PUBLISHED("verdict.published"),
    VERDICT_CORRECTED("verdict.corrected");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    /** A review's state change: its creation is the claim arriving in the queue, every later one a state change. */
    public static WebhookEventType ofProgress(ReviewState previous) {
        return previous == null ? CLAIM_QUEUED : REVIEW_STATE_CHANGED;
    }

    /** A verdict's first version is its publication, every later one an approved correction. */
    public static WebhookEventType ofVerdictVersion(int verdictVersion) {
        return verdictVersion <= 1 ? VERDICT_PUBLISHED : VERDICT_CORRECTED;
    }
}
