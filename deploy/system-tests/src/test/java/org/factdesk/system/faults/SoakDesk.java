package org.factdesk.system.faults;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.factdesk.system.support.Articles;
import org.factdesk.system.support.GatewaySession;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One desk of the soak, working through the gateway as the browsers do: an editor writes an article and queues its
 * claims, a reviewer researches each one, a second editor approves it, and every third verdict gets a correction
 * proposed by the first editor and approved by the second. Every step reads the item first and does what its state
 * calls for, so a step whose answer was lost in an outage is neither repeated nor skipped; calls that fail are
 * tried again after a pause until the desk's patience for that claim runs out.
 */
final class SoakDesk implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Pacing between attempts while something is down: keeps a desk from spinning, it synchronises nothing. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    /**
     * A desk's pause before each call, far quicker than people work yet leaving the two cores room to restart what
     * was killed: three desks with none saturate them, and then a restart measures CPU starvation, not recovery.
     * Pacing, not synchronisation.
     */
    static final Duration THINK_TIME = Duration.parse(System.getProperty("factdesk.soak.think", "PT0.25S"));
    /** How long one claim may take from queueing to its last verdict, outages included. */
    private static final Duration CLAIM_PATIENCE = Duration.ofMinutes(3);
    /** The tally of claims that did not reach their last verdict within {@link #CLAIM_PATIENCE}. */
    static final String STUCK = "claims stuck past " + CLAIM_PATIENCE.toMinutes() + " min";

    private final String runTag;
    private final BooleanSupplier stopped;
    private final SoakTally tally;
    private final Map<String, GatewaySession> sessions = new HashMap<>();
    private int articles;

    SoakDesk(String runTag, BooleanSupplier stopped, SoakTally tally) {
        this.runTag = runTag;
        this.stopped = stopped;
        this.tally = tally;
    }

    @Override
    public void run() {
        while (!stopped.getAsBoolean()) {
            articles++;
            boolean corrected = articles % 3 == 0;
            Optional<List<String>> queued = writeAndQueueArticle();
            if (queued.isEmpty()) {
                pause();
                continue;
            }
            for (String claimId : queued.get()) {
                driveReview(claimId, corrected);
            }
        }
    }

    /** Creates an article of two factual sentences and queues its claims; the ids of the queued claims. */
    private Optional<List<String>> writeAndQueueArticle() {
        String body = Articles.factualSentence() + " " + Articles.factualSentence();
        Optional<JsonNode> article = call("editor", "POST", "/api/articles",
                Map.of("title", runTag + " article " + UUID.randomUUID(), "body", body, "format", "TEXT",
                        "author", "Soak Desk", "language", "en"),
                201);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        tally.done("articles created");
        String articleId = article.get().path("id").asText();
        List<Map<String, Object>> toQueue = new ArrayList<>();
        for (JsonNode claim : article.get().path("claims")) {
            if ("SUGGESTED".equals(claim.path("status").asText())) {
                toQueue.add(Map.of("claimId", claim.path("id").asText(), "version", claim.path("version").asLong()));
            }
        }
        if (toQueue.isEmpty()) {
            // Detection found nothing check-worthy: the editor quotes the first sentence as a claim.
            int end = article.get().path("body").asText().indexOf('.') + 1;
            Optional<JsonNode> added = call("editor", "POST", "/api/articles/" + articleId + "/claims",
                    Map.of("start", 0, "end", end), 201);
            if (added.isEmpty()) {
                return Optional.empty();
            }
            toQueue.add(Map.of("claimId", added.get().path("id").asText(), "version", added.get().path("version").asLong()));
        }
        Instant deadline = Instant.now().plus(CLAIM_PATIENCE);
        while (Instant.now().isBefore(deadline) && !stopped.getAsBoolean()) {
            Optional<JsonNode> queued = call("editor", "POST", "/api/articles/" + articleId + "/queue",
                    Map.of("claims", toQueue, "priority", "NORMAL"), 200);
            if (queued.isPresent() || alreadyQueued(articleId, toQueue.size())) {
                tally.done("claims queued");
                return Optional.of(toQueue.stream().map(claim -> (String) claim.get("claimId")).toList());
            }
            pause();
        }
        return Optional.empty();
    }

    /** Whether a queueing whose answer was lost went through after all. */
    private boolean alreadyQueued(String articleId, int claims) {
        return call("editor", "GET", "/api/articles/" + articleId, null, 200)
                .map(article -> {
                    int queued = 0;
                    for (JsonNode claim : article.path("claims")) {
                        queued += "SUGGESTED".equals(claim.path("status").asText()) ? 0 : 1;
                    }
                    return queued >= claims;
                }).orElse(false);
    }

    /** Takes one queued claim through research, approval and, when asked, one approved correction. */
    private void driveReview(String claimId, boolean corrected) {
        Instant deadline = Instant.now().plus(CLAIM_PATIENCE);
        int finalVersion = corrected ? 2 : 1;
        while (Instant.now().isBefore(deadline) && !stopped.getAsBoolean()) {
            Optional<JsonNode> found = call("reviewer", "GET", "/api/reviews/by-claim/" + claimId, null, 200);
            if (found.isEmpty()) {
                pause();
                continue;
            }
            JsonNode item = found.get();
            String id = item.path("id").asText();
            long version = item.path("version").asLong();
            String state = item.path("state").asText();
            int verdictVersion = item.path("verdict").path("verdictVersion").asInt();
            // An approved correction moves the item on to CORRECTED.
            if (("PUBLISHED".equals(state) || "CORRECTED".equals(state)) && verdictVersion >= finalVersion) {
                return;
            }
            JsonNode pending = item.path("pendingCorrection");
            boolean acted = switch (state) {
                case "QUEUED" -> call("reviewer", "POST", "/api/reviews/" + id + "/take", Map.of("version", version), 200)
                        .isPresent();
                case "IN_RESEARCH" -> item.path("sources").isEmpty() ? addSource(id) : submit(id, version);
                case "SUBMITTED" -> call("editor2", "POST", "/api/reviews/" + id + "/approve", Map.of("version", version), 200)
                        .map(approved -> countPublished()).isPresent();
                case "PUBLISHED" -> pending.isMissingNode() || pending.isNull() ? proposeCorrection(id, version)
                        : call("editor2", "POST", "/api/reviews/" + id + "/corrections/" + pending.path("id").asText()
                                + "/approve", Map.of("version", version), 200).map(approved -> countCorrected()).isPresent();
                default -> false;
            };
            if (!acted) {
                pause();
            }
        }
        if (!stopped.getAsBoolean()) {
            tally.done(STUCK);
        }
    }

    private boolean countPublished() {
        tally.done("verdicts published");
        return true;
    }

    private boolean countCorrected() {
        tally.done("corrections approved");
        return true;
    }

    private boolean addSource(String reviewId) {
        return call("reviewer", "POST", "/api/reviews/" + reviewId + "/sources",
                Map.of("url", "https://www.example.org/statistics/report-" + reviewId, "title", "Annual statistics report",
                        "publisher", "Statistics Office", "quote", "The figure in the claim matches table 4 of the report.",
                        "accessedAt", Instant.now().toString(), "primary", true),
                201).isPresent();
    }

    private boolean submit(String reviewId, long version) {
        return call("reviewer", "POST", "/api/reviews/" + reviewId + "/submit",
                Map.of("rating", "MOSTLY_TRUE", "label", "Mostly true",
                        "summary", "The number matches the statistics office's report; the percentage is rounded.",
                        "explanation", "We compared the claim with table 4 of the annual report.", "version", version),
                200).isPresent();
    }

    private boolean proposeCorrection(String reviewId, long version) {
        return call("editor", "POST", "/api/reviews/" + reviewId + "/corrections",
                Map.of("correctionNote", "The statistics office revised the figure.", "rating", "HALF_TRUE",
                        "label", "Half true", "summary", "The revised figure is lower than the claim says.",
                        "explanation", "The office's revised table 4 gives a lower figure.", "version", version),
                201).isPresent();
    }

    /**
     * One call through the gateway as {@code user}; the body when the answer has the expected status. A lost session
     * (401) is signed in again; everything else is counted and answered with empty, for the caller to try again.
     */
    private Optional<JsonNode> call(String user, String method, String path, Object body, int expected) {
        String request = method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
        GatewaySession session;
        try {
            session = sessions.computeIfAbsent(user, GatewaySession::login);
        } catch (RuntimeException signInFailed) {
            tally.done("sign-ins refused while something was down");
            return Optional.empty();
        }
        HttpResponse<String> response;
        try {
            Thread.sleep(THINK_TIME.toMillis());
            response = session.call(method, path, body == null ? null : JSON.writeValueAsString(body), true);
        } catch (IllegalStateException noAnswer) {
            tally.noAnswer();
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        tally.answered(request, response.statusCode(), response.body());
        if (response.statusCode() == 401) {
            sessions.remove(user);
        }
        if (response.statusCode() != expected) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(request + " answered " + expected + " with a body that is not JSON", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
