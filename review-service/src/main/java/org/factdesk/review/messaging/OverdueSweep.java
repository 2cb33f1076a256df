package org.factdesk.review.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.NotificationConfig;
import org.factdesk.review.service.NotificationService;
import org.factdesk.support.messaging.Batches;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Finds reviews whose due time passed and notifies the person each waits on. Replicas may sweep at the same time:
 * the reviews are locked with SKIP LOCKED and each notification has a unique key, so nobody is told twice.
 */
@ApplicationScoped
public class OverdueSweep {

    private final NotificationService notifications;
    private final NotificationConfig config;

    public OverdueSweep(NotificationService notifications, NotificationConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    @Scheduled(every = "${factdesk.notifications.overdue-sweep-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sweep() {
        Instant now = Instant.now();
        return Batches.drain(() -> notifications.sweepOverdue(now), config.overdueBatchSize()).replaceWithVoid();
    }
}
