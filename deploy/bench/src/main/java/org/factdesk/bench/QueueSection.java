package org.factdesk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The review queue as the desk's page asks for it when the queue holds a million items (issue 19's goal): the first
 * page of a view, and "load more" (the next page after the cursor the previous page returned), through the gateway as a
 * signed-in editor. The views are the page's default (state QUEUED) and "all states". The cursors of the deeper pages
 * are collected first by walking each view page by page, unrecorded, as a user clicking "load more" would; the timed
 * runs then ask for the first pages, and for the following pages at every depth walked, at a steady rate.
 */
public final class QueueSection {

    /** The page size the desk's queue asks for ({@code QueueView.PAGE}). */
    static final int PAGE_SIZE = 50;
    /** Pages walked per view for "load more": 200 pages of 50 reach 10,000 items deep. */
    static final int DEPTH = 200;
    /**
     * A busy desk: 50 people each opening or extending the queue every 2.5 s. Rates are fixed (open loop, latency from
     * the due time), so a stall is counted.
     */
    static final int PAGES_PER_SECOND = 20;
    /** The query each view starts with, as the page sends it (an empty filter is left out). */
    private static final List<String> VIEWS = List.of("state=QUEUED&", "");

    public record Result(long queueItems, int pagesWalked, LoadResult firstPage, LoadResult loadMore) {
    }

    private final BenchConfig config;
    private final LoadGenerator load;

    QueueSection(BenchConfig config, LoadGenerator load) {
        this.config = config;
        this.load = load;
    }

    Result run(long queueItems, BrowserSession editor) {
        Map<String, String> headers = editor.headers(false);
        List<String> firstPages = VIEWS.stream().map(view -> pageUri(view, null)).toList();
        List<String> following = new ArrayList<>();
        for (String view : VIEWS) {
            following.addAll(walk(view, headers));
        }
        AtomicLong next = new AtomicLong();
        Supplier<HttpCall> first = () -> HttpCall.get(firstPages.get((int) (next.getAndIncrement() % firstPages.size())),
                headers);
        Supplier<HttpCall> more = () -> HttpCall.get(following.get((int) (next.getAndIncrement() % following.size())),
                headers);
        Bench.step("queue: warm-up");
        load.fixedRate("warm-up queue first page", first, PAGES_PER_SECOND, config.warmUp(), Integer.MAX_VALUE,
                ReadSection.CONNECTIONS, null);
        load.fixedRate("warm-up queue load more", more, PAGES_PER_SECOND, config.warmUp(), Integer.MAX_VALUE,
                ReadSection.CONNECTIONS, null);
        Bench.step("queue: first page, %d/s".formatted(PAGES_PER_SECOND));
        LoadResult firstPage = load.fixedRate("queue first page (%,d items), %d/s".formatted(queueItems, PAGES_PER_SECOND),
                first, PAGES_PER_SECOND, config.runLength(), Integer.MAX_VALUE, ReadSection.CONNECTIONS, null);
        Bench.step("queue: load more, %d/s".formatted(PAGES_PER_SECOND));
        LoadResult loadMore = load.fixedRate("queue load more, %d pages deep (%,d items), %d/s".formatted(
                following.size() / VIEWS.size(), queueItems, PAGES_PER_SECOND), more, PAGES_PER_SECOND, config.runLength(),
                Integer.MAX_VALUE,
                ReadSection.CONNECTIONS, null);
        return new Result(queueItems, following.size(), firstPage, loadMore);
    }

    /** The URIs of pages 2..DEPTH+1 of a view (fewer if it ends sooner), each with its previous page's cursor. */
    private List<String> walk(String view, Map<String, String> headers) {
        Bench.step("queue: walking %d pages of the view '%s'".formatted(DEPTH, view.isEmpty() ? "all states" : view));
        List<String> pages = new ArrayList<>();
        String after = null;
        for (int page = 0; page < DEPTH; page++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pageUri(view, after)))
                    .timeout(Duration.ofSeconds(30)).GET();
            headers.forEach(request::header);
            HttpResponse<String> response = Http.send(request.build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("queue page answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode next = Json.parse(response.body()).path("next");
            if (next.isNull() || next.isMissingNode()) {
                break; // a smaller queue (smoke run): its last page has been reached
            }
            after = next.asText();
            pages.add(pageUri(view, after));
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("the queue (" + view + ") has a single page: nothing to load more of");
        }
        return pages;
    }

    private String pageUri(String view, String after) {
        return config.gatewayUrl() + "/api/reviews?" + view + "limit=" + PAGE_SIZE
                + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
    }
}
