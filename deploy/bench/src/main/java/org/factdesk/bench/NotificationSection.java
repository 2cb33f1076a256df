package org.factdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How fast work that moves reaches a person (issue 19's goals). An editor assigns freshly queued reviews to
 * {@value #RECIPIENT} through the gateway, one after another at a steady pace; the reviewer's live stream, open as a
 * browser holds it, times each notification from the moment its assignment was sent. When the benchmark started the
 * review-service with its SMTP receiver (bench.sh: aiosmtpd on loopback), each mail is timed too, from the same moment
 * to its arrival at the receiver.
 */
public final class NotificationSection {

    static final String RECIPIENT = "reviewer2";
    static final int PER_SECOND = 5;
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final Pattern REVIEW_LINK = Pattern.compile("/reviews/([0-9a-f-]{36})");

    private final BenchConfig config;
    private final KeycloakTokens tokens;
    private final Path mailDir;

    /** @param mailDir where the SMTP receiver writes each mail as JSON; null when mail is not configured */
    NotificationSection(BenchConfig config, KeycloakTokens tokens, Path mailDir) {
        this.config = config;
        this.tokens = tokens;
        this.mailDir = mailDir;
    }

    /** @param mail null when no mail was timed (the note says why) */
    public record Result(int assignments, EventLatency live, EventLatency mail, String mailNote) {
    }

    Result run(int assignments) throws Exception {
        Set<String> claims = ConcurrentHashMap.newKeySet();
        QueuedClaims.queue(config.kafkaBootstrap(), assignments, claims, 0);
        Map<String, Long> versions = awaitReviews(claims);

        BrowserSession editor = BrowserSession.login(config.gatewayUrl(), "editor");
        BrowserSession reviewer = BrowserSession.login(config.gatewayUrl(), RECIPIENT);
        Map<String, Long> sentNanos = new HashMap<>();
        Map<String, Long> sentMillis = new HashMap<>();
        try (LiveStreamListener stream = new LiveStreamListener(config.gatewayUrl(), reviewer)) {
            stream.awaitConnected();
            for (Map.Entry<String, Long> review : versions.entrySet()) {
                sentMillis.put(review.getKey(), System.currentTimeMillis());
                sentNanos.put(review.getKey(), System.nanoTime());
                assign(editor, review.getKey(), review.getValue());
                Thread.sleep(1000 / PER_SECOND); // pacing the offered load, not waiting for a result
            }
            Map<String, Long> seen = awaitAll(sentNanos.keySet(), id -> stream.seen("notifications", id));
            EventLatency live = latency("assign -> notification in the browser", sentNanos, seen, TimeUnit.NANOSECONDS);
            if (mailDir == null) {
                return new Result(assignments, live, null,
                        "mail not timed: the review-service was not started by the benchmark with its SMTP receiver");
            }
            Map<String, Long> mailed = awaitAll(sentMillis.keySet(), mailsByReview()::get);
            return new Result(assignments, live,
                    latency("assign -> mail at the SMTP server", sentMillis, mailed, TimeUnit.MILLISECONDS),
                    null);
        }
    }

    /** Waits until every queued claim has its review item; their ids and versions, in queue order of arrival. */
    private Map<String, Long> awaitReviews(Set<String> claims) throws Exception {
        Map<String, Long> versions = new LinkedHashMap<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Set<String> waiting = new LinkedHashSet<>(claims);
        while (!waiting.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(waiting.size() + " queued claims got no review item in 2 minutes");
            }
            for (String claim : List.copyOf(waiting)) {
                HttpResponse<String> response = Http.CLIENT.send(HttpRequest.newBuilder(
                        URI.create(config.reviewUrl() + "/api/reviews/by-claim/" + claim))
                        .header("Authorization", tokens.bearer("editor")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode review = Json.parse(response.body());
                    versions.put(review.path("id").asText(), review.path("version").asLong());
                    waiting.remove(claim);
                }
            }
            if (!waiting.isEmpty()) {
                Thread.sleep(200); // polling the service for items still on their way
            }
        }
        return versions;
    }

    private void assign(BrowserSession editor, String reviewId, long version) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(config.gatewayUrl() + "/api/reviews/" + reviewId + "/assign"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"assignee\":\"" + RECIPIENT + "\",\"version\":" + version + "}"));
        editor.headers(true).forEach(request::header);
        HttpResponse<String> response = Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("assigning review " + reviewId + " answered " + response.statusCode() + ": "
                    + Json.abbreviate(response.body()));
        }
    }

    /** When each review's mail reached the receiver (epoch milliseconds, the receiver's clock: this machine's). */
    private Map<String, Long> mailsByReview() {
        Map<String, Long> received = new HashMap<>();
        try (Stream<Path> files = Files.list(mailDir)) {
            files.filter(file -> file.toString().endsWith(".json")).forEach(file -> {
                try {
                    JsonNode mail = Json.parse(Files.readString(file));
                    Matcher link = REVIEW_LINK.matcher(mail.path("text").asText());
                    if (link.find() && mail.path("to").toString().contains(RECIPIENT + "@")) {
                        received.merge(link.group(1), mail.path("receivedAt").asLong(), Math::min);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return received;
    }

    /** Polls until every id was observed or the settle time passed since the last action; what was observed. */
    private static Map<String, Long> awaitAll(Set<String> ids, Function<String, Long> observed)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE);
        Map<String, Long> seen = new HashMap<>();
        while (seen.size() < ids.size() && Instant.now().isBefore(deadline)) {
            for (String id : ids) {
                Long at = seen.containsKey(id) ? seen.get(id) : observed.apply(id);
                if (at != null) {
                    seen.put(id, at);
                }
            }
            if (seen.size() < ids.size()) {
                Thread.sleep(100); // polling observations that arrive on their own threads
            }
        }
        return seen;
    }

    /** @param unit of the stamps (nanoTime or epoch milliseconds) */
    private static EventLatency latency(String name, Map<String, Long> sent, Map<String, Long> seen, TimeUnit unit) {
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        seen.forEach((id, at) -> micros.recordValue(Math.max(0, unit.toMicros(at - sent.get(id)))));
        return EventLatency.of(name, sent.size(), micros);
    }
}
