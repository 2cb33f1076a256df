package org.factdesk.article.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.config.RetentionConfig;
import org.factdesk.article.repository.ProcessedEventRepository;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** One batch of expired consumed-event ids per transaction; the sweep calls again while a batch comes back full. */
@ApplicationScoped
public class RetentionService {

    private final ProcessedEventRepository processed;
    private final RetentionConfig config;

    public RetentionService(ProcessedEventRepository processed, RetentionConfig config) {
        this.processed = processed;
        this.config = config;
    }

    /** @return ids forgotten in this batch */
    @WithTransaction
    public Uni<Integer> expireProcessedEvents(Instant now) {
        return processed.deleteProcessedBefore(now.minus(config.processedEvents()), config.batchSize());
    }

    public int batchSize() {
        return config.batchSize();
    }
}
