package org.factdesk.gateway.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factdesk.gateway.config.GatewayConfig;
import org.factdesk.gateway.live.LiveEvent;
import org.factdesk.gateway.live.LiveEventHub;
import org.factdesk.gateway.publishing.PublicPageCache;

import io.quarkus.logging.Log;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * Reads every event of the live topics (see {@code mp.messaging.incoming.live-events}) and hands it to the open
 * browser streams. The gateway changes no state, so there is nothing to make idempotent: a redelivered event is
 * shown again, which the UI tolerates (it reloads by id). Unparseable records are not relayed; the owning
 * services' consumers dead-letter them, every gateway replica doing the same would only duplicate them. A published
 * or corrected verdict also empties this replica's cache of rendered public pages.
 */
@ApplicationScoped
public class LiveEventConsumer {

    static final String VERDICTS_PUBLISHED = "verdicts.published";

    private final LiveEventHub hub;
    private final PublicPageCache publicPages;
    private final Set<String> personalTopics;

    public LiveEventConsumer(LiveEventHub hub, PublicPageCache publicPages, GatewayConfig config) {
        this.hub = hub;
        this.publicPages = publicPages;
        this.personalTopics = config.live().personalTopics();
    }

    @Incoming("live-events")
    public void consume(ConsumerRecord<String, String> record) {
        if (VERDICTS_PUBLISHED.equals(record.topic())) {
            // Even an unparseable record may stand for a change: forgetting pages is always safe.
            publicPages.invalidateAll();
        }
        if (record.value() == null || !isJsonObject(record.value())) {
            Log.warnf("not relaying unparseable record %s-%d@%d", record.topic(), record.partition(), record.offset());
            return;
        }
        if (!personalTopics.contains(record.topic())) {
            hub.publish(new LiveEvent(record.topic(), record.value()));
        } else if (record.key() != null && !record.key().isBlank()) {
            hub.publish(new LiveEvent(record.topic(), record.value(), record.key()));
        }
    }

    private static boolean isJsonObject(String value) {
        try {
            new JsonObject(value);
            return true;
        } catch (DecodeException e) {
            return false;
        }
    }
}
