package org.factdesk.review.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.WebhookConfig;
import org.factdesk.review.domain.WebhookDelivery;
import org.factdesk.review.domain.WebhookEventType;
import org.factdesk.review.domain.WebhookSignature;
import org.factdesk.review.domain.WebhookSubscription;
import org.factdesk.review.repository.WebhookRepository;
import org.factdesk.review.repository.WebhookRepository.WebhookAttempt;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** What admins do with webhook endpoints: register, change, rotate secrets, read the delivery log, replay. */
@ApplicationScoped
public class WebhookService {

    /** Attempts listed for one delivery (its budget is at most maxAttempts per replay). */
    private static final int ATTEMPTS_SHOWN = 200;

    private final WebhookRepository webhooks;
    private final WebhookTargetPolicy targets;
    private final WebhookConfig config;

    public WebhookService(WebhookRepository webhooks, WebhookTargetPolicy targets, WebhookConfig config) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.config = config;
    }

    public record Registered(WebhookSubscription subscription, String secret) {
    }

    public Uni<Registered> register(String url, String description, List<String> eventTypes, String admin,
            int maxEndpoints) {
        List<String> types = checkedTypes(eventTypes);
        String secret = WebhookSignature.newSecret();
        return checkedUrl(url)
                .flatMap(checked -> webhooks.count().flatMap(count -> {
                    if (count >= maxEndpoints) {
                        throw ReviewProblem.conflict(maxEndpoints + " webhook endpoints are registered already; "
                                + "delete one first");
                    }
                    return webhooks.insert(UUID.randomUUID(), checked, blankToNull(description), types, secret, admin,
                            Clock.now());
                }))
                .map(subscription -> new Registered(subscription, secret));
    }

    public Uni<List<WebhookSubscription>> list(int limit) {
        return webhooks.list(limit);
    }

    public Uni<WebhookSubscription> get(UUID id) {
        return webhooks.find(id).map(found -> existing(found, id));
    }

    public Uni<WebhookSubscription> update(UUID id, String url, String description, List<String> eventTypes,
            boolean enabled, String admin) {
        List<String> types = checkedTypes(eventTypes);
        return checkedUrl(url)
                .flatMap(checked -> webhooks.update(id, checked, blankToNull(description), types, enabled,
                        "disabled by " + admin, Clock.now()))
                .map(updated -> existing(updated, id));
    }

    public Uni<Void> delete(UUID id) {
        return webhooks.delete(id).map(deleted -> {
            if (!deleted) {
                throw missing(id);
            }
            return null;
        });
    }

    public record RotatedSecret(String secret, Instant previousSecretExpiresAt) {
    }

    public Uni<RotatedSecret> rotateSecret(UUID id) {
        String secret = WebhookSignature.newSecret();
        Instant now = Clock.now();
        Instant previousUntil = now.plus(config.previousSecretValidity());
        return webhooks.rotateSecret(id, secret, now, previousUntil).map(rotated -> {
            if (!rotated) {
                throw missing(id);
            }
            return new RotatedSecret(secret, previousUntil);
        });
    }

    /** @param before the keyset cursor: the {@code seq} of the last delivery of the previous page */
    public Uni<List<WebhookDelivery>> deliveries(UUID id, String status, Long before, int limit) {
        if (status != null && !List.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED, WebhookDelivery.FAILED)
                .contains(status)) {
            throw ReviewProblem.unreadableParameter("status", "must be PENDING, DELIVERED or FAILED");
        }
        return get(id).flatMap(subscription -> webhooks.deliveries(id, status, before, limit));
    }

    public record DeliveryDetail(WebhookDelivery delivery, String payload, List<WebhookAttempt> attempts) {
    }

    public Uni<DeliveryDetail> delivery(UUID id, UUID deliveryId) {
        return webhooks.delivery(id, deliveryId)
                .map(found -> {
                    if (found == null) {
                        throw ReviewProblem.notFound("webhook endpoint " + id + " has no delivery " + deliveryId);
                    }
                    return found;
                })
                .flatMap(found -> webhooks.payload(deliveryId)
                        .flatMap(payload -> webhooks.attempts(deliveryId, ATTEMPTS_SHOWN)
                                .map(attempts -> new DeliveryDetail(found, payload, attempts))));
    }

    /** Sends the delivery again with the same webhook-id (a receiver that already has it ignores it). */
    public Uni<WebhookDelivery> replay(UUID id, UUID deliveryId) {
        return webhooks.replay(id, deliveryId, Clock.now())
                .flatMap(replayed -> {
                    if (!replayed) {
                        throw ReviewProblem.notFound("webhook endpoint " + id + " has no delivery " + deliveryId);
                    }
                    return webhooks.delivery(id, deliveryId);
                });
    }

    public Uni<Integer> replaySince(UUID id, Instant since) {
        return get(id).flatMap(subscription -> webhooks.replaySince(id, since, Clock.now()));
    }

    /** The URL as checked (stripped); the DNS lookup runs on a worker thread. */
    private Uni<String> checkedUrl(String url) {
        return Uni.createFrom().item(() -> targets.check(url).uri().toString())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static List<String> checkedTypes(List<String> eventTypes) {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String type : eventTypes) {
            types.add(WebhookEventType.fromWireName(type.strip())
                    .orElseThrow(() -> ReviewProblem.badRequest("eventTypes", "unknown event type '" + type
                            + "'; known: claim.queued, review.state_changed, verdict.published, verdict.corrected"))
                    .wireName());
        }
        return List.copyOf(types);
    }

    private static WebhookSubscription existing(WebhookSubscription found, UUID id) {
        if (found == null) {
            throw missing(id);
        }
        return found;
    }

    private static ReviewProblem missing(UUID id) {
        return ReviewProblem.notFound("there is no webhook endpoint " + id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
