package org.factdesk.article.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.config.OutboxConfig;
import org.factdesk.article.domain.OutboxEvent;
import org.factdesk.article.repository.OutboxRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Moves outbox rows to Kafka: lease a batch (own transaction), send every row and wait for the
 * broker's acks, then mark exactly the acknowledged rows sent (own transaction). A failed row keeps
 * sent_at null and is retried on a later run, so an outage delays events and loses none; a crash
 * between ack and mark re-sends (at least once), which consumers absorb by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxRepository outbox;
    private final OutboxConfig outboxConfig;

    public OutboxRelay(OutboxRepository outbox, OutboxConfig outboxConfig) {
        this.outbox = outbox;
        this.outboxConfig = outboxConfig;
    }

    /** @return how many rows were acknowledged and marked sent */
    public Uni<Integer> relay(KafkaOutboxPublisher publisher) {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("the relay runs on a Vert.x context (scheduler or request)");
        }
        return lease().chain(batch -> {
            if (batch.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            // After the first refusal (a dead broker fails send() itself, after max.block) the rest of the batch
            // is not handed over: it would only wait out the same timeout, and could overtake the failed event.
            AtomicReference<Throwable> refused = new AtomicReference<>();
            List<Uni<Outcome>> sends = batch.stream()
                    .map(event -> Uni.createFrom().deferred(() -> refused.get() == null
                            ? publisher.publish(event)
                            : Uni.createFrom().<Void> failure(refused.get()))
                            .onFailure().invoke(failure -> refused.compareAndSet(null, failure))
                            .map(ignored -> new Outcome(event, null))
                            .onFailure().recoverWithItem(failure -> new Outcome(event, failure)))
                    .toList();
            return Uni.join().all(sends).andCollectFailures()
                    // One worker thread hands the records to the producer in outbox order, so events of one
                    // claim reach its partition in the order they were committed (and send() never blocks
                    // an event loop).
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    // Acks arrive on Kafka's I/O thread; the reactive session belongs to this context.
                    .emitOn(command -> context.runOnContext(ignored -> command.run()))
                    .chain(this::record);
        });
    }

    private Uni<List<OutboxEvent>> lease() {
        return Panache.withTransaction(() -> outbox.leaseUnsent(outboxConfig.batchSize(), outboxConfig.lease()));
    }

    private Uni<Integer> record(List<Outcome> outcomes) {
        List<Long> sent = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        String error = null;
        for (Outcome outcome : outcomes) {
            if (outcome.failure() == null) {
                sent.add(outcome.event().id);
            } else {
                failed.add(outcome.event().id);
                error = outcome.failure().getClass().getSimpleName() + ": " + outcome.failure().getMessage();
            }
        }
        if (!failed.isEmpty()) {
            Log.warnf("outbox relay: %d of %d events not acknowledged, will retry (%s)", failed.size(), outcomes.size(), error);
        }
        String lastError = error;
        return Panache.withTransaction(() -> outbox.markSent(sent)
                .chain(() -> outbox.markFailed(failed, lastError))
                .replaceWith(sent.size()));
    }

    record Outcome(OutboxEvent event, Throwable failure) {
    }
}
