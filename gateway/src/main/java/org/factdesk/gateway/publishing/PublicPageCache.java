package org.factdesk.gateway.publishing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Rendered public pages and feeds, kept in the gateway so that a reader costs a map lookup instead of a call to the
 * review-service, a query and a template. Published fact-checks change only when a verdict is published or
 * corrected: every {@code verdicts.published} event empties the cache ({@link #invalidateAll()}), and each entry
 * also expires after a bounded time, for changes that reach the read model without such an event or while Kafka is
 * down. Bounded in bytes (size-aware eviction), so distinct search queries cannot grow it without limit.
 */
@ApplicationScoped
public class PublicPageCache {

    /** A rendered 200 response: its exact bytes, their strong ETag and media type. */
    public record Page(byte[] body, String etag, String mediaType) {
    }

    /**
     * Keyed by path and query. A page being rendered is already in the cache as its future, so readers arriving
     * meanwhile wait for that one render instead of each asking the review-service (an expiry under load costs one
     * call). An invalidation also drops renders in flight: what they return is not kept.
     */
    private final AsyncCache<String, Page> pages;

    @Inject
    public PublicPageCache(PublicSiteConfig config) {
        this(config.cache().renderedBytes().asLongValue(), config.cache().renderedTimeToLive().toNanos(),
                Ticker.systemTicker());
    }

    PublicPageCache(long maxBytes, long timeToLiveNanos, Ticker ticker) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Page page) -> key.length() * 2 + page.body().length + 64)
                .expireAfterWrite(timeToLiveNanos, TimeUnit.NANOSECONDS)
                .ticker(ticker)
                .executor(Runnable::run)
                .buildAsync();
    }

    /** The cached page for {@code key}, or the one {@code render} makes now (a failed render is not kept). */
    public Uni<Page> get(String key, Supplier<Uni<Page>> render) {
        CompletableFuture<Page> cached = pages.getIfPresent(key);
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            return Uni.createFrom().item(cached.join());
        }
        // Whoever completes the render (another request's event loop) must not write this request's response.
        Context context = Vertx.currentContext();
        Uni<Page> page = Uni.createFrom()
                .completionStage(pages.get(key, (ignored, executor) -> render.get().subscribeAsCompletionStage()));
        return context == null ? page : page.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Forgets every page, and every render in flight: the next reader of each gets it rendered from the read model. */
    public void invalidateAll() {
        pages.synchronous().invalidateAll();
    }

    long entries() {
        pages.synchronous().cleanUp();
        return pages.synchronous().estimatedSize();
    }
}
