package org.factdesk.system.support;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.system.support.Articles.ClaimRef;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid events as the services publish them, for tests that write straight onto a topic. */
public final class EventPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventPayloads() {
    }

    /** A claims.queued of a claim the article-service never stored (the review-service does not ask it). */
    public static ObjectNode claimQueued(UUID claimId, UUID articleId, Instant queuedAt) {
        return JSON.createObjectNode()
                .put("eventId", UUID.randomUUID().toString()).put("occurredAt", queuedAt.toString()).put("version", 1)
                .put("claimId", claimId.toString()).put("articleId", articleId.toString())
                .put("articleTitle", "Events written by a system test").put("claimText", Articles.factualSentence())
                .put("checkWorthiness", 0.8).put("priority", "NORMAL").put("queuedBy", "editor")
                .put("queuedAt", queuedAt.toString());
    }

    /** A reviews.progress that takes a queued claim into research. */
    public static ObjectNode inResearch(ClaimRef claim) {
        return JSON.createObjectNode()
                .put("eventId", UUID.randomUUID().toString()).put("occurredAt", Instant.now().toString()).put("version", 1)
                .put("reviewId", UUID.randomUUID().toString()).put("claimId", claim.claimId().toString())
                .put("articleId", claim.articleId().toString()).put("state", "IN_RESEARCH").put("previousState", "QUEUED")
                .put("assignee", "reviewer").put("actor", "reviewer");
    }
}
