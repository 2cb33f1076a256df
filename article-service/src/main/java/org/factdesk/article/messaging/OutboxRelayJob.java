package org.factdesk.article.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.article.config.OutboxConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs the relay with this service's producer: at once when {@link OutboxWakeUp} hears that a transaction wrote
 * outbox rows, and on a schedule as the fallback. One run at a time; a wake-up during a run makes it run once more
 * right after, so no committed row waits for the next poll.
 */
@ApplicationScoped
public class OutboxRelayJob {

    private final OutboxRelay relay;
    private final OutboxConfig outbox;
    private final Map<String, Object> kafkaConnection;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean runAgain = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile KafkaOutboxPublisher publisher;

    /** @param kafkaConnection every {@code kafka.*} setting of this service, security settings included */
    public OutboxRelayJob(OutboxRelay relay, OutboxConfig outbox, Vertx vertx,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConnection) {
        this.relay = relay;
        this.outbox = outbox;
        this.vertx = vertx;
        this.kafkaConnection = kafkaConnection;
    }

    /** Runs the relay now, on a context of its own (Hibernate Reactive needs a safe duplicated context). */
    void runNow() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> run().subscribe().with(done -> {
        }, failure -> {
        }));
    }

    @Scheduled(every = "${factdesk.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    Uni<Void> run() {
        if (stopping) {
            return Uni.createFrom().voidItem(); // the database pool is closing; the next start sends what is left
        }
        if (!running.compareAndSet(false, true)) {
            runAgain.set(true);
            return Uni.createFrom().voidItem();
        }
        return relay.relay(publisher())
                .invoke(count -> {
                    if (count > 0) {
                        Log.debugf("outbox relay published %d events", count);
                    }
                    if (count >= outbox.batchSize()) {
                        runAgain.set(true); // a full batch: more rows are probably waiting
                    }
                })
                .onFailure().invoke(failure -> Log.warnf("outbox relay run failed, will retry: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid()
                .eventually(() -> {
                    running.set(false);
                    if (runAgain.getAndSet(false)) {
                        runNow();
                    }
                });
    }

    private KafkaOutboxPublisher publisher() {
        if (publisher == null) {
            synchronized (this) {
                if (publisher == null) {
                    Map<String, Object> connection = new HashMap<>(kafkaConnection);
                    outbox.bootstrapServers().ifPresent(servers -> connection.put("bootstrap.servers", servers));
                    publisher = new KafkaOutboxPublisher(connection,
                            outbox.deliveryTimeout(), outbox.maxBlock(), "article-service-outbox");
                }
            }
        }
        return publisher;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (publisher != null) {
            publisher.close();
        }
    }

    @ApplicationScoped
    public static class RelayDisabled implements Scheduled.SkipPredicate {

        private final OutboxConfig outbox;

        public RelayDisabled(OutboxConfig outbox) {
            this.outbox = outbox;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !outbox.relayEnabled();
        }
    }
}
