package org.factdesk.gateway.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/** The open /api/live streams of this gateway instance; every consumed event is offered to each of them. */
@ApplicationScoped
public class LiveEventHub {

    private final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();

    /** Never blocks: each stream queues the event on its own event loop and drops it if its browser lags. */
    public void publish(LiveEvent event) {
        streams.forEach(stream -> stream.offer(event));
    }

    void add(LiveStream stream) {
        streams.add(stream);
    }

    void remove(LiveStream stream) {
        streams.remove(stream);
    }

    public int openStreams() {
        return streams.size();
    }
}
