package org.factdesk.gateway.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

class PublicPageCacheTest {

    static final long TTL = Duration.ofSeconds(30).toNanos();

    final AtomicLong now = new AtomicLong();
    final AtomicInteger renders = new AtomicInteger();

    PublicPageCache cache(long maxBytes) {
        return new PublicPageCache(maxBytes, TTL, now::get);
    }

    Uni<PublicPageCache.Page> render(String text) {
        renders.incrementAndGet();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Uni.createFrom().item(new PublicPageCache.Page(bytes, CachedResponses.etag(bytes), "text/html"));
    }

    @Test
    void aPageIsRenderedOnceAndThenServedAsItWasUntilInvalidated() {
        PublicPageCache cache = cache(1 << 20);
        PublicPageCache.Page first = cache.get("/fact-checks/a", () -> render("v1")).await().indefinitely();
        PublicPageCache.Page again = cache.get("/fact-checks/a", () -> render("v2")).await().indefinitely();
        assertSame(first, again);
        assertEquals(1, renders.get());

        cache.invalidateAll();
        PublicPageCache.Page after = cache.get("/fact-checks/a", () -> render("v2")).await().indefinitely();
        assertEquals("v2", new String(after.body(), StandardCharsets.UTF_8));
        assertEquals(2, renders.get());
    }

    @Test
    void aPageRenderedFromDataReadBeforeAnInvalidationIsNotKept() {
        PublicPageCache cache = cache(1 << 20);
        AtomicReference<UniEmitter<? super PublicPageCache.Page>> pending = new AtomicReference<>();
        Uni<PublicPageCache.Page> slow = cache.get("/fact-checks/feed.atom",
                () -> Uni.createFrom().<PublicPageCache.Page> emitter(pending::set));
        slow.subscribe().with(page -> {
        });
        // The verdict is published while the old feed is still being rendered.
        cache.invalidateAll();
        byte[] old = "old feed".getBytes(StandardCharsets.UTF_8);
        pending.get().complete(new PublicPageCache.Page(old, CachedResponses.etag(old), "application/atom+xml"));

        PublicPageCache.Page next = cache.get("/fact-checks/feed.atom", () -> render("new feed")).await().indefinitely();
        assertEquals("new feed", new String(next.body(), StandardCharsets.UTF_8));
        assertEquals(1, cache.entries(), "only the new feed is kept");
    }

    @Test
    void readersArrivingDuringARenderWaitForItInsteadOfRenderingAgain() {
        PublicPageCache cache = cache(1 << 20);
        AtomicReference<UniEmitter<? super PublicPageCache.Page>> pending = new AtomicReference<>();
        List<PublicPageCache.Page> served = new CopyOnWriteArrayList<>();
        for (int reader = 0; reader < 3; reader++) {
            cache.get("/fact-checks/feed.atom", () -> {
                renders.incrementAndGet();
                return Uni.createFrom().<PublicPageCache.Page> emitter(pending::set);
            }).subscribe().with(served::add);
        }
        assertEquals(1, renders.get(), "one render for three readers");
        byte[] feed = "feed".getBytes(StandardCharsets.UTF_8);
        pending.get().complete(new PublicPageCache.Page(feed, CachedResponses.etag(feed), "application/atom+xml"));
        assertEquals(3, served.size());
        assertEquals(1, cache.entries());
    }

    @Test
    void aFailedRenderIsNotKept() {
        PublicPageCache cache = cache(1 << 20);
        Uni<PublicPageCache.Page> failing = cache.get("/fact-checks/gone", () -> {
            renders.incrementAndGet();
            return Uni.createFrom().failure(PublicSiteException.notFound("not published"));
        });
        PublicSiteException failure = assertThrows(PublicSiteException.class, () -> failing.await().indefinitely());
        assertEquals(404, failure.status());
        assertEquals(0, cache.entries());
        cache.get("/fact-checks/gone", () -> render("published now")).await().indefinitely();
        assertEquals(2, renders.get());
    }

    @Test
    void pagesExpireAfterTheirTimeToLive() {
        PublicPageCache cache = cache(1 << 20);
        cache.get("/fact-checks", () -> render("list")).await().indefinitely();
        now.addAndGet(TTL - 1);
        cache.get("/fact-checks", () -> render("list")).await().indefinitely();
        assertEquals(1, renders.get());
        now.addAndGet(2);
        cache.get("/fact-checks", () -> render("list")).await().indefinitely();
        assertEquals(2, renders.get());
    }

    @Test
    void distinctQueriesCannotGrowItPastItsBytes() {
        PublicPageCache cache = cache(100_000);
        String body = "x".repeat(1_000);
        for (int i = 0; i < 1_000; i++) {
            String key = "/fact-checks?q=" + i;
            cache.get(key, () -> render(body)).await().indefinitely();
        }
        // Each entry weighs about 1,100 bytes: a 100,000-byte cache holds at most 90 of them.
        long entries = cache.entries();
        assertTrue(entries > 0 && entries <= 90, "entries: " + entries);
        assertEquals(1_000, renders.get());
    }
}
