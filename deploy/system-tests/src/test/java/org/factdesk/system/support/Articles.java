package org.factdesk.system.support;

import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.path.json.JsonPath;

/** The article-service as an editor uses it: articles with claims, and queueing. */
public final class Articles {

    /** A claim as the article-service last showed it. */
    public record ClaimRef(UUID articleId, UUID claimId, long version) {
    }

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final String[] PLACES = { "Lisbon", "Leeds", "Utrecht", "Graz", "Turku", "Malmo", "Porto", "Aarhus", "Lyon",
            "Brno" };
    private static final String[] THINGS = { "road deaths", "new homes", "hospital admissions", "school places", "bus journeys",
            "tree plantings", "burglaries", "bankruptcies", "wind turbines", "asylum claims" };

    private Articles() {
    }

    /**
     * A check-worthy sentence (a number, a year, a source, a comparison) that no other call returns, so
     * claims never collide across tests or runs.
     */
    public static String factualSentence() {
        long n = SEQUENCE.incrementAndGet();
        return "In " + (1990 + n % 30) + " the statistics office of " + PLACES[(int) (n % PLACES.length)] + " recorded "
                + (1000 + n) + " " + THINGS[(int) ((n / 10) % THINGS.length)] + ", " + (n % 40 + 2)
                + " percent more than the year before, according to report " + n + ".";
    }

    /** Creates an article of the given sentences and returns the service's view of it. */
    public static JsonPath create(String editor, String title, String body) {
        return Api.article(editor)
                .body(Map.of("title", title, "body", body, "format", "TEXT", "author", "System Test Desk", "language", "en"))
                .post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath();
    }

    public static JsonPath get(String user, UUID articleId) {
        return Api.article(user).get("/api/articles/{id}", articleId).then().statusCode(200).extract().jsonPath();
    }

    /** The claim as the article-service shows it inside its article. */
    public static Map<String, Object> claim(String user, UUID articleId, UUID claimId) {
        List<Map<String, Object>> claims = get(user, articleId).getList("claims");
        return claims.stream().filter(c -> claimId.toString().equals(c.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("claim " + claimId + " not in article " + articleId));
    }

    /**
     * An article of {@code sentences} factual sentences in which every sentence is a SUGGESTED claim: the detected
     * ones, plus an editor-selected claim for each sentence detection left out.
     */
    public static List<ClaimRef> articleWithClaims(String editor, int sentences) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            texts.add(factualSentence());
        }
        String body = String.join(" ", texts);
        JsonPath article = create(editor, "System test " + UUID.randomUUID(), body);
        UUID articleId = UUID.fromString(article.getString("id"));
        // Spans are offsets into the body as the service stored it.
        String stored = article.getString("body");
        List<Map<String, Object>> detected = article.getList("claims");
        List<ClaimRef> claims = new ArrayList<>();
        int offset = 0;
        for (String text : texts) {
            int start = stored.indexOf(text, offset);
            if (start < 0) {
                throw new IllegalStateException("sentence not found in the stored body: " + text);
            }
            int end = start + text.length();
            offset = end;
            Map<String, Object> covering = detected.stream()
                    .filter(c -> "SUGGESTED".equals(c.get("status")) && c.get("start") != null
                            && ((Number) c.get("start")).intValue() <= start && start < ((Number) c.get("end")).intValue())
                    .findFirst().orElse(null);
            if (covering != null) {
                if (claims.stream().noneMatch(ref -> ref.claimId().toString().equals(covering.get("id")))) {
                    claims.add(ref(articleId, covering));
                }
                continue;
            }
            Map<String, Object> added = Api.article(editor)
                    .body(Map.of("start", start, "end", end))
                    .post("/api/articles/{id}/claims", articleId)
                    .then().statusCode(201)
                    .extract().jsonPath().getMap("$");
            claims.add(ref(articleId, added));
        }
        return claims;
    }

    /** Queues the claims of one article in one all-or-nothing request; returns them as QUEUED. */
    public static List<ClaimRef> queue(String editor, UUID articleId, List<ClaimRef> claims) {
        List<Map<String, Object>> items = claims.stream()
                .map(c -> Map.<String, Object> of("claimId", c.claimId().toString(), "version", c.version()))
                .toList();
        List<Map<String, Object>> queued = Api.article(editor)
                .body(Map.of("claims", items, "priority", "NORMAL"))
                .post("/api/articles/{id}/queue", articleId)
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
        return queued.stream().map(c -> ref(articleId, c)).toList();
    }

    /** One new article with one queued claim. */
    public static ClaimRef queuedClaim(String editor) {
        ClaimRef claim = articleWithClaims(editor, 1).get(0);
        return queue(editor, claim.articleId(), List.of(claim)).get(0);
    }

    public static void expectStatus(String user, ClaimRef claim, String status) {
        Api.article(user).get("/api/articles/{id}", claim.articleId()).then()
                .body("claims.find { it.id == '" + claim.claimId() + "' }.status", is(status));
    }

    private static ClaimRef ref(UUID articleId, Map<String, Object> claim) {
        return new ClaimRef(articleId, UUID.fromString((String) claim.get("id")), ((Number) claim.get("version")).longValue());
    }
}
