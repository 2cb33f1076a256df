package org.factdesk.gateway.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.gateway.config.GatewayConfig;

/**
 * The open /api/live streams of this gateway instance; every consumed event is offered to each of them. Admission
 * is bounded per user and in total, and the streams of a session end when it logs out.
 */
@ApplicationScoped
public class LiveEventHub {

    /** Whether a new stream was admitted, or which limit refused it. */
    public enum Admission {
        ADMITTED,
        USER_LIMIT,
        TOTAL_LIMIT
    }

    private final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();
    /** Open streams per subject; admissions and removals are rare next to publish, so they simply synchronize. */
    private final Map<String, Integer> perUser = new HashMap<>();
    private final int maxPerUser;
    private final int maxTotal;

    @Inject
    public LiveEventHub(GatewayConfig config) {
        this(config.live().maxStreamsPerUser(), config.live().maxStreams());
    }

    LiveEventHub(int maxPerUser, int maxTotal) {
        this.maxPerUser = maxPerUser;
        this.maxTotal = maxTotal;
    }

    /** Never blocks: each stream queues the event on its own event loop and drops it if its browser lags. */
    public void publish(LiveEvent event) {
        streams.forEach(stream -> stream.offer(event));
    }

    /** Counts the stream in if both limits allow it; an admitted stream must be {@link #remove removed} when it ends. */
    synchronized Admission admit(LiveStream stream) {
        if (streams.size() >= maxTotal) {
            return Admission.TOTAL_LIMIT;
        }
        int open = perUser.getOrDefault(stream.subject(), 0);
        if (open >= maxPerUser) {
            return Admission.USER_LIMIT;
        }
        perUser.put(stream.subject(), open + 1);
        streams.add(stream);
        return Admission.ADMITTED;
    }

    synchronized void remove(LiveStream stream) {
        if (streams.remove(stream)) {
            perUser.computeIfPresent(stream.subject(), (subject, open) -> open == 1 ? null : open - 1);
        }
    }

    /** Ends the streams opened with this login session (a logout); the browsers reconnect only with a new session. */
    public void endSession(String subject, String sessionId) {
        streams.stream().filter(stream -> stream.belongsTo(subject, sessionId)).forEach(LiveStream::end);
    }

    public int openStreams() {
        return streams.size();
    }
}
