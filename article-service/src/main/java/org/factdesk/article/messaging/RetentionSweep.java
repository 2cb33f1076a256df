package org.factdesk.article.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.service.RetentionService;
import org.factdesk.support.messaging.Batches;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Forgets the ids of events consumed longer ago than their retention ({@code factdesk.retention.*}), in batches until
 * none is left. Replicas may sweep at once: each deletes what it finds, and a row is deleted only once.
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

    /** @return consumed event ids forgotten */
    public Uni<Long> sweep(Instant now) {
        return Batches.drain(() -> retention.expireProcessedEvents(now), retention.batchSize())
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("retention: forgot %d consumed event ids", deleted);
                    }
                });
    }
}
