package org.factdesk.gateway.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.factdesk.gateway.SseClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/**
 * A browser that stops reading must not make the gateway buffer without bound: over real sockets with small
 * kernel buffers, a paused client loses events beyond the stream's buffer and gets a resync event once it reads
 * again, after which events flow as before.
 */
class LiveStreamBackpressureTest {

    private static final int BUFFER_BYTES = 4096;
    private static final int EVENTS = 400;

    private final Vertx vertx = Vertx.vertx();
    private final LiveEventHub hub = new LiveEventHub(5, 1000);
    private volatile Context streamContext;

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    @Test
    void slowBrowserLosesEventsAndIsToldToResyncWithoutBlockingOthers() throws Exception {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setSendBufferSize(4096))
                .requestHandler(request -> {
                    streamContext = Vertx.currentContext();
                    LiveStream stream = new LiveStream(vertx, request.response(), Set.of("claims.queued"), "slow-reader",
                            "slow-reader", null);
                    hub.admit(stream);
                    stream.open(BUFFER_BYTES, Duration.ofMinutes(1), Duration.ofMinutes(5), () -> hub.remove(stream));
                });
        server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (SseClient client = SseClient.open(vertx, new HttpClientOptions().setReceiveBufferSize(4096),
                "localhost", server.actualPort(), "/api/live", "")) {
            await().atMost(Duration.ofSeconds(5)).until(() -> hub.openStreams() == 1);
            client.response().pause();

            String padding = "x".repeat(1024);
            for (int seq = 0; seq < EVENTS; seq++) {
                hub.publish(new LiveEvent("claims.queued", "{\"seq\":" + seq + ",\"pad\":\"" + padding + "\"}"));
                hub.publish(new LiveEvent("claims.changed", "{\"seq\":-1}"));
            }
            CountDownLatch offered = new CountDownLatch(1);
            streamContext.runOnContext(v -> offered.countDown());
            assertTrue(offered.await(10, TimeUnit.SECONDS), "publishing returned while the browser was not reading");

            client.response().resume();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.received("resync", "reload"));
            hub.publish(new LiveEvent("claims.queued", "{\"seq\":\"after-resync\"}"));
            await().atMost(Duration.ofSeconds(10)).until(() -> client.receivedAny("after-resync"));

            List<SseClient.Event> events = client.events();
            long delivered = events.stream().filter(e -> e.name().equals("claims.queued")).count();
            assertTrue(delivered < EVENTS, "events beyond the buffer were dropped, delivered " + delivered);
            assertTrue(events.stream().noneMatch(e -> e.name().equals("claims.changed")), "topic filter applies");
            int resync = indexOf(events, "resync");
            assertTrue(resync < indexOfData(events, "after-resync"), "resync comes before the events that follow it");
        }
    }

    private static int indexOf(List<SseClient.Event> events, String name) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfData(List<SseClient.Event> events, String fragment) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).data().contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
