package org.factdesk.review.events;

/**
 * The one place this service names its topics (deploy/local/kafka/topics.txt, described in deploy/events): the
 * outbox rows it writes and the processed-event rows of what it consumes. The consumed ones are also the
 * {@code mp.messaging.incoming.*.topic} settings in application.properties, which configure the Kafka connector.
 */
public final class Topics {

    public static final String CLAIMS_QUEUED = "claims.queued";
    public static final String CLAIMS_WITHDRAWN = "claims.withdrawn";
    public static final String CLAIMS_CHANGED = "claims.changed";
    public static final String REVIEWS_PROGRESS = "reviews.progress";
    public static final String VERDICTS_PUBLISHED = "verdicts.published";
    public static final String NOTIFICATIONS = "notifications";

    private Topics() {
    }
}
