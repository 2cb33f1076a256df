package org.factdesk.gateway.live;

import java.time.Duration;
import java.util.Set;

import io.quarkus.logging.Log;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;

/**
 * One browser's Server-Sent Events stream. Events for topics the user may not see, and other people's
 * notifications, are never written. Writes
 * go to the connection's outbound buffer, bounded by {@code bufferBytes}: when a slow browser has filled it,
 * further events are dropped and, once the buffer has drained, the browser gets a {@code resync} event telling
 * it to reload its data, so one stalled tab can neither block the Kafka consumer nor grow the heap.
 */
final class LiveStream {

    static final String RESYNC_FRAME = "event: resync\ndata: {\"reason\":\"events were dropped, reload the data\"}\n\n";
    private static final String HEARTBEAT_FRAME = ": heartbeat\n\n";

    private final Vertx vertx;
    private final Context context;
    private final HttpServerResponse response;
    private final Set<String> topics;
    private final String username;
    private final String subject;
    /** The login session (ID token sid) the stream was opened with; null when the token has none. */
    private final String sessionId;
    private boolean resyncPending;
    private boolean closed;
    private long heartbeatTimer = -1;
    private long expiryTimer = -1;

    LiveStream(Vertx vertx, HttpServerResponse response, Set<String> topics, String username, String subject,
            String sessionId) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.response = response;
        this.topics = topics;
        this.username = username;
        this.subject = subject;
        this.sessionId = sessionId;
    }

    String subject() {
        return subject;
    }

    /** Of this user's session; a token without a session id matches every stream of its subject. */
    boolean belongsTo(String subject, String sessionId) {
        return this.subject.equals(subject) && (sessionId == null || this.sessionId == null
                || this.sessionId.equals(sessionId));
    }

    /** Thread-safe: ends the response on the stream's event loop (its close handler then unregisters it). */
    void end() {
        context.runOnContext(v -> {
            if (!closed) {
                response.end();
            }
        });
    }

    /** Starts the stream; must run on the request's event loop. Ends it after {@code lifetime}. */
    void open(int bufferBytes, Duration heartbeat, Duration lifetime, Runnable onClose) {
        response.setChunked(true)
                .setWriteQueueMaxSize(bufferBytes)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                // Tells nginx-style proxies not to buffer the stream.
                .putHeader("X-Accel-Buffering", "no");
        response.closeHandler(v -> close(onClose));
        response.endHandler(v -> close(onClose));
        response.write("retry: 3000\n: connected\n\n");
        heartbeatTimer = vertx.setPeriodic(heartbeat.toMillis(), id -> heartbeat());
        // The stream was authorised with the session as it was at connect time: make the browser reconnect (and so
        // re-authenticate, refreshing its tokens or losing access) when that session's ID token expires.
        expiryTimer = vertx.setTimer(lifetime.toMillis(), id -> response.end());
    }

    /** Thread-safe: hops to the stream's event loop. */
    void offer(LiveEvent event) {
        if (topics.contains(event.topic()) && event.isFor(username)) {
            context.runOnContext(v -> write(event.toSseFrame()));
        }
    }

    /** Only when the connection is idle-writable: a skipped heartbeat loses nothing, so it never triggers a resync. */
    private void heartbeat() {
        if (!closed && !resyncPending && !response.writeQueueFull()) {
            response.write(HEARTBEAT_FRAME);
        }
    }

    private void write(String frame) {
        if (closed) {
            return;
        }
        if (response.writeQueueFull()) {
            if (!resyncPending) {
                resyncPending = true;
                Log.infof("live stream of %s is lagging, dropping events until it drains", username);
                response.drainHandler(v -> {
                    response.drainHandler(null);
                    resyncPending = false;
                    write(RESYNC_FRAME);
                });
            }
            return;
        }
        if (!resyncPending) {
            response.write(frame);
        }
    }

    private void close(Runnable onClose) {
        if (closed) {
            return;
        }
        closed = true;
        vertx.cancelTimer(heartbeatTimer);
        vertx.cancelTimer(expiryTimer);
        onClose.run();
    }
}
