package org.factdesk.review.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.review.config.OutboxConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Starts the relay the moment a transaction that wrote outbox rows commits, instead of at the next scheduled poll
 * (the scheduler ticks once a second): a trigger on outbox_event sends NOTIFY in that transaction (migration
 * V2__outbox_wake_up.sql, same channel name) and this LISTENs. The poll stays as the fallback, so a lost
 * notification or a dropped listening connection only delays events, as before.
 */
@ApplicationScoped
public class OutboxWakeUp {

    static final String CHANNEL = "review_outbox";

    private static final long RETRY_MILLIS = 1_000;

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final WebhookDispatcher webhooks;
    private final MailDispatcher mails;
    private final OutboxConfig config;
    private final PgConnectOptions connection;
    private PgSubscriber subscriber;

    /** Listens on the same database, as the same user, as the service's reactive datasource. */
    public OutboxWakeUp(Vertx vertx, OutboxRelay relay, WebhookDispatcher webhooks, MailDispatcher mails,
            OutboxConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.relay = relay;
        this.webhooks = webhooks;
        this.mails = mails;
        this.config = config;
        this.connection = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    void start(@Observes StartupEvent event) {
        if (!config.listen()) {
            return;
        }
        subscriber = PgSubscriber.subscriber(vertx, connection).reconnectPolicy(retries -> RETRY_MILLIS);
        // Webhook deliveries and notification mails are queued in transactions that write outbox rows: the same
        // commit wakes all three.
        subscriber.channel(CHANNEL).handler(ignored -> {
            relay.runNow();
            webhooks.runNow();
            mails.runNow();
        });
        connect();
    }

    /** The subscriber reconnects a lost connection itself; a first connect that fails is retried here. */
    private void connect() {
        subscriber.connect().onFailure(failure -> {
            Log.warnf("outbox wake-up not listening yet (%s); the relay polls on its schedule", failure.getMessage());
            if (!subscriber.closed()) {
                vertx.setTimer(RETRY_MILLIS, ignored -> connect());
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
