package org.factdesk.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * HTTP load from a single Vert.x event loop: one thread, so on a 2-core machine the generator takes as little as
 * possible from the system it measures. Every run is bounded by a request count and a duration, and stops by
 * itself; requests still open after the grace period count as failed.
 */
public final class LoadGenerator implements AutoCloseable {

    private static final long REQUEST_TIMEOUT_MILLIS = 10_000;
    private static final long GRACE_MILLIS = 12_000;

    private final Vertx vertx;

    public LoadGenerator() {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1)
                .setPreferNativeTransport(false).setBlockedThreadCheckInterval(10)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.SECONDS));
    }

    /**
     * Open loop: request i is due at start + i / rate whether or not earlier ones have answered; latency counts from
     * the due time. Connections beyond {@code connections} wait in the client's queue, and that wait is measured.
     */
    public LoadResult fixedRate(String name, Supplier<HttpCall> calls, double rate, Duration duration, int maxRequests,
            int connections, Consumer<String> onBody) {
        long total = Math.max(1, Math.min(maxRequests, Math.round(rate * duration.toMillis() / 1000.0)));
        long periodNanos = Math.round(1e9 / rate);
        HttpClient client = client(connections);
        openConnections(client, calls, connections);
        Run run = new Run(total);
        vertx.runOnContext(ignored -> {
            long start = System.nanoTime();
            run.start = start;
            long timer = vertx.setPeriodic(1, id -> {
                long now = System.nanoTime();
                while (run.sent < total && start + run.sent * periodNanos <= now) {
                    long due = start + run.sent * periodNanos;
                    run.sent++;
                    send(client, calls.get(), due, run, onBody, null);
                }
                if (run.sent >= total) {
                    vertx.cancelTimer(id);
                }
            });
            run.timers.add(timer);
            run.timers.add(vertx.setTimer(duration.toMillis() + GRACE_MILLIS, id -> run.finish()));
        });
        return run.await(name, rate, connections, client);
    }

    /** Closed loop: {@code concurrency} requests always in flight, each followed at once by the next. */
    public LoadResult saturation(String name, Supplier<HttpCall> calls, int concurrency, Duration duration, int maxRequests,
            Consumer<String> onBody) {
        HttpClient client = client(concurrency);
        Run run = new Run(maxRequests);
        vertx.runOnContext(ignored -> {
            run.start = System.nanoTime();
            long deadline = run.start + duration.toNanos();
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                if (run.sent < maxRequests && System.nanoTime() < deadline) {
                    run.sent++;
                    send(client, calls.get(), System.nanoTime(), run, onBody, next[0]);
                } else {
                    run.stopIssuing();
                }
            };
            for (int i = 0; i < concurrency; i++) {
                next[0].run();
            }
            run.timers.add(vertx.setTimer(duration.toMillis() + GRACE_MILLIS, id -> run.finish()));
        });
        return run.await(name, 0, concurrency, client);
    }

    /**
     * For reads, the pool's connections are opened (one unrecorded request each, all at once) before the clock
     * starts, so that a run measures the system and not the generator's own connection ramp-up on its single event
     * loop (2026-12-07, GET /api/me at 1,000/s over 64 connections: p50 549 ms with the ramp-up counted, 2.1 ms
     * without). Writes are not repeated for this: they would add unrecorded effects.
     */
    private static void openConnections(HttpClient client, Supplier<HttpCall> calls, int connections) {
        HttpCall call = calls.get();
        if (call.method() != HttpMethod.GET) {
            return;
        }
        java.util.List<Future<Buffer>> opened = new java.util.ArrayList<>();
        for (int i = 0; i < connections; i++) {
            opened.add(client.request(options(call)).compose(request -> request.send())
                    .compose(response -> response.body()));
        }
        Future.join(opened).toCompletionStage().toCompletableFuture().exceptionally(failure -> null)
                .orTimeout(REQUEST_TIMEOUT_MILLIS * 2, TimeUnit.MILLISECONDS).join();
    }

    private HttpClient client(int connections) {
        return vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setMaxInitialLineLength(8192).setMaxHeaderSize(64 * 1024).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    private void send(HttpClient client, HttpCall call, long dueNanos, Run run, Consumer<String> onBody, Runnable then) {
        client.request(options(call))
                .compose(request -> call.body() == null ? request.send() : request.send(call.body()))
                .compose(response -> response.body().map(body -> new Answer(response, body)))
                .onComplete(result -> {
                    if (run.finished) {
                        return;
                    }
                    long micros = (System.nanoTime() - dueNanos) / 1000;
                    if (result.succeeded() && result.result().status() / 100 == 2) {
                        run.latency.recordValue(Math.min(micros, run.latency.getHighestTrackableValue()));
                        if (onBody != null) {
                            onBody.accept(result.result().body().toString());
                        }
                    } else {
                        run.failed++;
                        String key = result.succeeded() ? String.valueOf(result.result().status())
                                : result.cause().getClass().getSimpleName();
                        run.statuses.merge(key, 1L, Long::sum);
                    }
                    run.last = System.nanoTime();
                    run.done++;
                    if (then != null) {
                        then.run();
                    } else if (run.done >= run.total) {
                        run.finish();
                    }
                });
    }

    private static RequestOptions options(HttpCall call) {
        RequestOptions options = new RequestOptions().setMethod(call.method()).setAbsoluteURI(call.uri())
                .setIdleTimeout(REQUEST_TIMEOUT_MILLIS);
        call.headers().forEach(options::putHeader);
        return options;
    }

    private record Answer(int status, Buffer body) {
        Answer(HttpClientResponse response, Buffer body) {
            this(response.statusCode(), body);
        }
    }

    /** State of one run; touched only on the event loop. */
    private final class Run {
        final long total;
        final Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        final Map<String, Long> statuses = new HashMap<>();
        final java.util.List<Long> timers = new java.util.ArrayList<>();
        final CompletableFuture<Void> completion = new CompletableFuture<>();
        long start;
        long last;
        long sent;
        long done;
        long failed;
        boolean finished;
        boolean issuingStopped;

        Run(long total) {
            this.total = total;
        }

        void stopIssuing() {
            issuingStopped = true;
            if (done >= sent) {
                finish();
            }
        }

        void finish() {
            if (finished) {
                return;
            }
            long unanswered = sent - done;
            if (unanswered > 0) {
                failed += unanswered;
                statuses.merge("no answer in time", unanswered, Long::sum);
            }
            finished = true;
            timers.forEach(vertx::cancelTimer);
            completion.complete(null);
        }

        LoadResult await(String name, double rate, int connections, HttpClient client) {
            completion.join();
            CompletableFuture<LoadResult> result = new CompletableFuture<>();
            vertx.runOnContext(ignored -> {
                double seconds = ((last > start ? last : System.nanoTime()) - start) / 1e9;
                result.complete(LoadResult.of(name, rate, connections, sent, failed, seconds, latency, statuses));
            });
            LoadResult measured = result.join();
            client.close().toCompletionStage().toCompletableFuture().join();
            return measured;
        }
    }

    @Override
    public void close() {
        Future<Void> closed = vertx.close();
        closed.toCompletionStage().toCompletableFuture().join();
    }
}
