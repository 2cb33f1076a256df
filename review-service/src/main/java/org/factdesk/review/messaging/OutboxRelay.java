package org.factdesk.review.messaging;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.factdesk.review.config.OutboxConfig;
import org.factdesk.review.domain.OutboxEvent;
import org.factdesk.review.repository.OutboxEventRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Relays outbox rows to Kafka in the order they were written. A row is marked sent only after the broker
 * acknowledged it (idempotent producer, acks=all); a row that fails or times out stays unsent and stops the
 * batch, so later events of the same claim never overtake it. Requests never wait on Kafka: they only write rows.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "outbox";

    private final OutboxEventRepository outbox;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;

    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean runAgain = new AtomicBoolean();

    public OutboxRelay(OutboxEventRepository outbox, @Channel(CHANNEL) MutinyEmitter<String> emitter,
            OutboxConfig config, Vertx vertx) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.config = config;
        this.vertx = vertx;
    }

    /**
     * Runs the relay now ({@link OutboxWakeUp} heard a commit), on a context of its own: Hibernate Reactive needs a
     * safe duplicated context. One run at a time; a wake-up during a run makes it run once more right after.
     */
    void runNow() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> relay().subscribe().with(done -> {
        }, failure -> Log.warnf("outbox relay run failed, will retry: %s", failure.toString())));
    }

    @Scheduled(every = "${factdesk.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relay() {
        if (!running.compareAndSet(false, true)) {
            runAgain.set(true);
            return Uni.createFrom().voidItem();
        }
        // Acks and timeouts arrive on Kafka or timer threads; the database work must go back to this Vert.x context.
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
        return Panache.withSession(() -> outbox.unsent(config.batchSize()))
                .flatMap(batch -> sendInOrder(batch, onContext).invoke(allSent -> {
                    if (allSent && batch.size() >= config.batchSize()) {
                        runAgain.set(true); // a full batch: more rows are probably waiting
                    }
                }))
                .replaceWithVoid()
                .eventually(() -> {
                    running.set(false);
                    if (runAgain.getAndSet(false)) {
                        runNow();
                    }
                });
    }

    /** @return whether every row of the batch was sent */
    private Uni<Boolean> sendInOrder(List<OutboxEvent> batch, Executor onContext) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(row -> send(row, onContext))
                .skip().where(Boolean::booleanValue)
                .toUni()
                .map(firstRefusal -> firstRefusal == null);
    }

    /** @return true when sent; false stops the batch (the first false is what toUni() picks up) */
    private Uni<Boolean> send(OutboxEvent row, Executor onContext) {
        Message<String> message = Message.of(row.payload).addMetadata(OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(row.topic).withKey(row.messageKey).build());
        return emitter.sendMessage(message)
                .ifNoItem().after(config.sendTimeout()).fail()
                .emitOn(onContext)
                .flatMap(acked -> Panache.withTransaction(() -> outbox.markSent(row.id, Instant.now())))
                .replaceWith(true)
                .onFailure().recoverWithUni(failure -> {
                    Log.warnf("outbox event %d to %s not delivered yet (attempt %d): %s", row.id, row.topic,
                            row.attempts + 1, failure.toString());
                    String error = failure.toString();
                    return Panache.withTransaction(() -> outbox.markFailed(row.id,
                            error.length() > 1000 ? error.substring(0, 1000) : error))
                            .replaceWith(false)
                            .onFailure().recoverWithItem(false);
                });
    }
}
