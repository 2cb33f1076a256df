package org.factdesk.review.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.service.RetentionService;
import org.factdesk.support.messaging.Batches;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Deletes notifications, finished webhook deliveries and consumed event ids past their retention
 * ({@code factdesk.retention.*}), in batches until none is left. Replicas may sweep at once: each deletes what it finds, and a
 * row is deleted only once.
 */
@ApplicationScoped
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);

    private final RetentionService retention;

    public RetentionSweep(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(every = "${factdesk.retention.sweep-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return sweep(Instant.now()).replaceWithVoid();
    }

    /** @return notifications, webhook deliveries and consumed event ids deleted */
    public Uni<long[]> sweep(Instant now) {
        int batch = retention.batchSize();
        return Batches.drain(() -> retention.expireNotifications(now), batch)
                .flatMap(notifications -> Batches.drain(() -> retention.expireWebhookDeliveries(now), batch)
                        .flatMap(deliveries -> Batches.drain(() -> retention.expireProcessedEvents(now), batch)
                                .map(events -> new long[] { notifications, deliveries, events })))
                .invoke(deleted -> {
                    if (deleted[0] + deleted[1] + deleted[2] > 0) {
                        LOG.infof("retention: deleted %d notifications, %d webhook deliveries and %d consumed event ids",
                                deleted[0], deleted[1], deleted[2]);
                    }
                });
    }
}
