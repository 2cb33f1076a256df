package org.factdesk.review.messaging;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.WebhookConfig;
import org.factdesk.review.domain.RetryBackoff;
import org.factdesk.review.domain.WebhookSignature;
import org.factdesk.review.repository.WebhookRepository;
import org.factdesk.review.repository.WebhookRepository.DueDelivery;
import org.factdesk.review.service.ReviewProblem;
import org.factdesk.review.service.WebhookTargetPolicy;
import org.factdesk.review.service.WebhookTargetPolicy.Target;
import org.factdesk.support.messaging.Batches;
import org.factdesk.support.messaging.OneRunAtATime;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;

/**
 * Sends the webhook queue (after each commit that may have queued deliveries, and on a poll for retries that fall
 * due): leases due deliveries (first in line per subscriber and claim), signs each with the
 * Standard Webhooks headers and POSTs it to the address its URL was checked to resolve to. A 2xx answer marks it
 * delivered; anything else (another status, a timeout, a refused connection) schedules a retry with exponential
 * back-off, or marks it FAILED after the last attempt. Every outcome is written before the lease ends, so a crash
 * at any point only means the delivery is sent again: receivers deduplicate by {@code webhook-id}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final WebhookRepository webhooks;
    private final WebhookTargetPolicy targets;
    private final WebhookConfig config;
    private final RetryBackoff backoff;
    private final HttpClient http;
    private final OneRunAtATime runs = new OneRunAtATime("webhook dispatch", this::drain);

    public WebhookDispatcher(WebhookRepository webhooks, WebhookTargetPolicy targets, WebhookConfig config, Vertx vertx,
            TlsConfigurationRegistry tls) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.config = config;
        this.backoff = new RetryBackoff(config.initialBackoff(), config.maxBackoff());
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.requestTimeout().toMillis())
                .setMaxPoolSize(config.batchSize())
                .setForceSni(true)
                .setVerifyHost(true);
        config.tlsConfigurationName().ifPresent(name -> options.setTrustOptions(tls.get(name)
                .orElseThrow(() -> new IllegalStateException("factdesk.webhooks.tls-configuration-name names "
                        + name + ", but there is no quarkus.tls." + name + ".* configuration"))
                .getTrustStoreOptions()));
        this.http = vertx.createHttpClient(options);
    }

    @PreDestroy
    void close() {
        http.closeAndAwait();
    }

    /** Runs the dispatcher now: {@link OutboxWakeUp} heard a commit, which may have queued deliveries. */
    void runNow() {
        runs.runNow();
    }

    @Scheduled(every = "${factdesk.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> dispatch() {
        return runs.run();
    }

    /** Batch after batch while batches come back full, so a backlog drains without waiting for the poll. */
    private Uni<Void> drain() {
        return Batches.drain(this::dispatchBatch, config.batchSize()).replaceWithVoid();
    }

    private Uni<Integer> dispatchBatch() {
        return webhooks.leaseDue(config.batchSize(), Instant.now(), config.lease())
                .flatMap(batch -> {
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Map<String, Uni<Target>> checked = new HashMap<>();
                    return Multi.createFrom().iterable(batch)
                            .onItem().transformToUniAndMerge(delivery -> checked
                                    .computeIfAbsent(delivery.url(), this::checkOffTheEventLoop)
                                    .flatMap(target -> send(delivery, target))
                                    .onFailure(ReviewProblem.class)
                                    .recoverWithUni(refused -> recordFailure(delivery, null,
                                            "refused before sending: " + refused.getMessage(), Instant.now(), 0)))
                            .collect().asList()
                            .map(List::size);
                });
    }

    /** DNS resolution blocks; the result is shared by the batch's deliveries to the same URL. */
    private Uni<Target> checkOffTheEventLoop(String url) {
        return Uni.createFrom().item(() -> targets.check(url))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .memoize().indefinitely();
    }

    private Uni<Void> send(DueDelivery delivery, Target target) {
        String messageId = delivery.id().toString();
        long timestamp = Instant.now().getEpochSecond();
        InetAddress address = target.addresses().get(0);
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(target.uri().toString())
                .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
                .setFollowRedirects(false)
                .setIdleTimeout(config.requestTimeout().toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "Factdesk-Webhooks/1")
                .putHeader("webhook-id", messageId)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.header(
                        Arrays.asList(delivery.secret(), delivery.previousSecret()), messageId, timestamp,
                        delivery.payload()));
        Instant started = Instant.now();
        return http.request(request)
                .flatMap(outgoing -> outgoing.send(Buffer.buffer(delivery.payload())))
                .flatMap(response -> {
                    response.handler(ignoredBody -> {
                    }); // read and drop the body, so the connection can be reused
                    return response.end().replaceWith(response.statusCode());
                })
                .ifNoItem().after(config.requestTimeout().plusSeconds(1)).failWith(TimeoutException::new)
                .onItemOrFailure().transformToUni((status, failure) -> {
                    Instant finished = Instant.now();
                    int millis = (int) Duration.between(started, finished).toMillis();
                    if (failure != null) {
                        return recordFailure(delivery, null, describe(failure), finished, millis);
                    }
                    if (status >= 200 && status < 300) {
                        return webhooks.delivered(delivery, status, finished, millis);
                    }
                    return recordFailure(delivery, status, "HTTP " + status, finished, millis);
                });
    }

    private Uni<Void> recordFailure(DueDelivery delivery, Integer status, String error, Instant at, int millis) {
        int attempts = delivery.attempts() + 1;
        boolean giveUp = attempts >= config.maxAttempts();
        return webhooks.failed(delivery, status, truncate(error), at, millis, at.plus(backoff.after(attempts)), giveUp,
                config.disableAfterFailures(), config.disableAfterFailingFor())
                .invoke(disabled -> {
                    if (disabled) {
                        Log.warnf("webhook subscriber %s disabled after a run of failures; last: %s",
                                delivery.subscriptionId(), error);
                    }
                })
                .replaceWithVoid();
    }

    private String describe(Throwable failure) {
        if (failure instanceof TimeoutException
                || String.valueOf(failure.getMessage()).toLowerCase().contains("timeout")) {
            return "no answer within " + config.requestTimeout();
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String truncate(String error) {
        return error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    }
}
