package org.factdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A connected browser's Server-Sent Events stream ({@code GET /api/live} on the gateway). Remembers, per topic and
 * claim id, when the first event arrived ({@link System#nanoTime()}), so latencies need no clock but this one.
 */
public final class LiveStreamListener implements AutoCloseable {

    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final Thread reader;
    private volatile InputStream body;
    private volatile boolean closed;

    public LiveStreamListener(String gatewayUrl, BrowserSession session) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/live"))
                .header("Accept", "text/event-stream").header("Cookie", session.headers(false).get("Cookie")).GET().build();
        reader = new Thread(() -> read(request), "live-stream-" + session.user());
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until the gateway answered 200 and the stream is open. */
    public void awaitConnected() throws InterruptedException {
        if (!connected.await(20, TimeUnit.SECONDS) || body == null) {
            throw new IllegalStateException("the gateway's live stream did not open");
        }
    }

    /** When the first event of {@code topic} about {@code claimId} (a review id for notifications) arrived, or null. */
    public Long seen(String topic, String claimId) {
        return firstSeen.get(topic + "/" + claimId);
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                connected.countDown();
                return;
            }
            body = response.body();
            connected.countDown();
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String event = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null && !closed; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (event != null && data.length() > 0) {
                        record(event, data.toString(), System.nanoTime());
                    }
                    event = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (IOException e) {
            if (!closed) {
                System.err.println("live stream ended: " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connected.countDown();
        }
    }

    private void record(String topic, String json, long nanos) {
        try {
            JsonNode event = Json.parse(json);
            // Claim events are timed by claim, notifications (which name a review, not a claim) by review.
            String id = event.path("claimId").asText(event.path("reviewId").asText(null));
            if (id != null) {
                firstSeen.putIfAbsent(topic + "/" + id, nanos);
            }
        } catch (RuntimeException ignored) {
            // Not an event of ours (comments, heartbeats): nothing to time.
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (body != null) {
                body.close();
            }
        } catch (IOException ignored) {
            // closing a stream we are abandoning
        }
        reader.interrupt();
    }
}
