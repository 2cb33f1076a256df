package org.factdesk.review.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.RetentionConfig;
import org.factdesk.review.repository.RetentionRepository;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** One batch of each kind of expired row per transaction; the sweep calls again while a batch comes back full. */
@ApplicationScoped
public class RetentionService {

    private final RetentionRepository rows;
    private final RetentionConfig config;

    public RetentionService(RetentionRepository rows, RetentionConfig config) {
        this.rows = rows;
        this.config = config;
    }

    /** @return notifications deleted in this batch */
    @WithTransaction
    public Uni<Integer> expireNotifications(Instant now) {
        return rows.deleteNotificationsBefore(now.minus(config.notifications()), config.batchSize());
    }

    /** @return webhook deliveries deleted in this batch */
    @WithTransaction
    public Uni<Integer> expireWebhookDeliveries(Instant now) {
        return rows.deleteFinishedDeliveriesBefore(now.minus(config.webhookDeliveries()), config.batchSize());
    }

    /** @return consumed event ids forgotten in this batch */
    @WithTransaction
    public Uni<Integer> expireProcessedEvents(Instant now) {
        return rows.deleteProcessedEventsBefore(now.minus(config.processedEvents()), config.batchSize());
    }

    public int batchSize() {
        return config.batchSize();
    }
}
