package org.factdesk.article.messaging;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.article.config.OutboxConfig;

/** Runs the relay on a schedule with this service's producer; one run at a time. */
@ApplicationScoped
public class OutboxRelayJob {

    private final OutboxRelay relay;
    private final OutboxConfig outbox;
    private final Map<String, Object> kafkaConnection;
    private volatile KafkaOutboxPublisher publisher;

    /** @param kafkaConnection every {@code kafka.*} setting of this service, security settings included */
    public OutboxRelayJob(OutboxRelay relay, OutboxConfig outbox,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConnection) {
        this.relay = relay;
        this.outbox = outbox;
        this.kafkaConnection = kafkaConnection;
    }

    @Scheduled(every = "${factdesk.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RelayDisabled.class)
    Uni<Void> run() {
        return relay.relay(publisher())
                .invoke(count -> {
                    if (count > 0) {
                        Log.debugf("outbox relay published %d events", count);
                    }
                })
                .onFailure().invoke(failure -> Log.warnf("outbox relay run failed, will retry: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
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
