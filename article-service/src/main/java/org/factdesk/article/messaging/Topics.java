package org.factdesk.article.messaging;

/** Topic names from deploy/local/kafka/topics.txt, as described in deploy/events. */
public final class Topics {

    public static final String CLAIMS_QUEUED = "claims.queued";
    public static final String CLAIMS_WITHDRAWN = "claims.withdrawn";
    public static final String CLAIMS_CHANGED = "claims.changed";

    private Topics() {
    }
}
