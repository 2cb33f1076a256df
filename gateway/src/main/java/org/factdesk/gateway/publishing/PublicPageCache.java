package org.factdesk.gateway.publishing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.smallrye.mutiny.Uni;

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

    private final Cache<String, Page> pages;
    /**
     * Bumped by every invalidation. A page rendered from data read before an invalidation must not be stored after
     * it (it could be the page as it was before the verdict), so a miss only stores when the generation is unchanged.
     */
    private final AtomicLong generation = new AtomicLong();

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
                .build();
    }

    /** The cached page for {@code key}, or one rendered now by {@code render} (stored unless invalidated meanwhile). */
    public Uni<Page> get(String key, Supplier<Uni<Page>> render) {
        Page cached = pages.getIfPresent(key);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        long before = generation.get();
        return render.get().invoke(page -> {
            if (generation.get() == before) {
                pages.put(key, page);
                // An invalidation between the check and the put must still win.
                if (generation.get() != before) {
                    pages.invalidate(key);
                }
            }
        });
    }

    /** Forgets every page: the next reader of each gets it rendered from the read model. */
    public void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    long entries() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
