package org.factdesk.review.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.Notification;
import org.factdesk.review.domain.OutboxEvent;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.ReviewState;
import org.factdesk.review.domain.WebhookEventType;
import org.factdesk.review.repository.OutboxEventRepository;
import org.factdesk.review.repository.WebhookRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Writes the events a change announces into the outbox, inside the caller's transaction; the
 * outbox relay (messaging) delivers them to Kafka after commit. The same transaction queues them for the webhook
 * subscribers of their type (WebhookDispatcher sends them).
 */
@ApplicationScoped
public class OutboxWriter {

    private final OutboxEventRepository outbox;
    private final WebhookRepository webhooks;
    private final ObjectMapper json;

    public OutboxWriter(OutboxEventRepository outbox, WebhookRepository webhooks, ObjectMapper json) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.json = json;
    }

    public Uni<Void> progressed(ReviewItem item, ReviewState previous, String actor, Instant at) {
        ReviewProgressed event = new ReviewProgressed(UUID.randomUUID(), at, ReviewProgressed.SCHEMA_VERSION, item.id,
                item.claimId, item.articleId, item.state.name(), previous == null ? null : previous.name(),
                item.assignee, actor);
        return write(Topics.REVIEWS_PROGRESS, item.claimId, event)
                .flatMap(written -> announce(WebhookEventType.ofProgress(previous), item.claimId, event, at));
    }

    /** @param reviewUrl the public fact-check page of the verdict, which the service knows how to address */
    public Uni<Void> verdictPublished(ReviewItem item, String reviewUrl, Instant at) {
        VerdictPublished event = new VerdictPublished(UUID.randomUUID(), at, VerdictPublished.SCHEMA_VERSION,
                item.claimId, item.id, item.articleId, item.verdictVersion, item.rating.name(), item.rating.value(),
                item.label, item.summary, reviewUrl, item.researchedBy, item.approvedBy,
                item.correctionNote, item.correctionProposedBy, item.publishedAt);
        return write(Topics.VERDICTS_PUBLISHED, item.claimId, event)
                .flatMap(written -> announce(WebhookEventType.ofVerdictVersion(item.verdictVersion), item.claimId,
                        event, at));
    }

    /** Keyed by the recipient, so that their notifications keep their order. */
    public Uni<Void> notified(Notification notification) {
        NotificationCreated event = new NotificationCreated(UUID.randomUUID(), notification.createdAt,
                NotificationCreated.SCHEMA_VERSION, notification.id, notification.recipient,
                notification.kind.name(), notification.reviewId, notification.claimText, notification.actor);
        return write(Topics.NOTIFICATIONS, notification.recipient, event);
    }

    private Uni<Void> write(String topic, UUID key, Object event) {
        return write(topic, key.toString(), event);
    }

    private Uni<Void> write(String topic, String key, Object event) {
        OutboxEvent row = new OutboxEvent();
        row.topic = topic;
        row.messageKey = key;
        row.payload = serialise(event);
        row.createdAt = Instant.now();
        return outbox.persist(row).replaceWithVoid();
    }

    /** Queues the event for its webhook subscribers, in the same transaction (see WebhookPayload). */
    private Uni<Void> announce(WebhookEventType type, UUID claimId, Object event, Instant at) {
        return webhooks.enqueue(type.wireName(), claimId,
                serialise(new WebhookPayload(type.wireName(), at, event)), at);
    }

    private String serialise(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
