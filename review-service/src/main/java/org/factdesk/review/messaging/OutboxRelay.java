package org.factdesk.review.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.factdesk.review.config.OutboxConfig;
import org.factdesk.review.domain.OutboxEvent;
import org.factdesk.review.repository.OutboxEventRepository;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;

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

    public OutboxRelay(OutboxEventRepository outbox, @Channel(CHANNEL) MutinyEmitter<String> emitter,
                       OutboxConfig config) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.config = config;
    }

    @Scheduled(every = "${factdesk.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relay() {
        // Acks and timeouts arrive on Kafka or timer threads; the database work must go back to this Vert.x context.
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
        return Panache.withSession(() -> outbox.unsent(config.batchSize()))
                .flatMap(batch -> sendInOrder(batch, onContext));
    }

    private Uni<Void> sendInOrder(List<OutboxEvent> batch, Executor onContext) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(row -> send(row, onContext))
                .skip().where(Boolean::booleanValue)
                .toUni()
                .replaceWithVoid();
    }

    /** @return true when sent; false stops the batch (the first false is what toUni() picks up) */
    private Uni<Boolean> send(OutboxEvent row, Executor onContext) {
        Message<String> message = Message.of(row.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
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
