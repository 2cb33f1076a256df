package org.factdesk.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** Reads a Server-Sent Events stream the way EventSource does: frames split by a blank line, event + data lines. */
public final class SseClient implements AutoCloseable {

    public record Event(String name, String data) {
    }

    private final HttpClient client;
    private final HttpClientResponse response;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private volatile boolean ended;

    private SseClient(HttpClient client, HttpClientResponse response) {
        this.client = client;
        this.response = response;
    }

    /** Opens the stream with the given Cookie header; returns once the response headers arrived. */
    public static SseClient open(Vertx vertx, String host, int port, String path, String cookieHeader) throws Exception {
        return open(vertx, new HttpClientOptions(), host, port, path, cookieHeader);
    }

    public static SseClient open(Vertx vertx, HttpClientOptions options, String host, int port, String path,
            String cookieHeader) throws Exception {
        HttpClient client = vertx.createHttpClient(options);
        SseClient[] sse = new SseClient[1];
        HttpClientResponse response = client
                .request(new RequestOptions().setMethod(HttpMethod.GET).setHost(host).setPort(port).setURI(path)
                        .putHeader("Accept", "text/event-stream").putHeader("Cookie", cookieHeader))
                .compose(request -> request.send())
                .map(streaming -> {
                    sse[0] = new SseClient(client, streaming);
                    streaming.handler(chunk -> sse[0].append(chunk.toString()));
                    streaming.endHandler(v -> sse[0].ended = true);
                    streaming.exceptionHandler(e -> sse[0].ended = true);
                    return streaming;
                })
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return sse[0];
    }

    public HttpClientResponse response() {
        return response;
    }

    /** Every event received so far (comments and retry hints are not events). */
    public List<Event> events() {
        return events;
    }

    public boolean received(String name, String dataFragment) {
        return events.stream().anyMatch(e -> e.name().equals(name) && e.data().contains(dataFragment));
    }

    /** Whether the gateway ended the stream (or the connection failed). */
    public boolean ended() {
        return ended;
    }

    public boolean receivedAny(String dataFragment) {
        return events.stream().anyMatch(e -> e.data().contains(dataFragment));
    }

    private synchronized void append(String chunk) {
        pending.append(chunk);
        int end;
        while ((end = pending.indexOf("\n\n")) >= 0) {
            String frame = pending.substring(0, end);
            pending.delete(0, end + 2);
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : frame.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(data.length() == 0 ? "" : "\n").append(line.substring(6));
                }
            }
            if (data.length() > 0) {
                events.add(new Event(name, data.toString()));
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
