package org.factdesk.gateway.publishing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A real HTTP server in the place of the review-service's public read model (/api/public/fact-checks), serving
 * two published fact-checks in the shape the review-service's own tests pin down (PublicFactCheckTest), and
 * remembering every request so the tests can see what the gateway sent (token, query). The article-service URL
 * points at a port nobody listens on.
 */
public class PublicReadModelBackend implements QuarkusTestResourceLifecycleManager {

    public static final String SLUG = "the-council-doubled-the-bus-budget-in-2025-0123456789ab";
    public static final String HOSTILE_SLUG = "costs-rose-script-alert-1-script-abcdefabcdef";
    /** A page whose request the review-service drops without answering, as a crash mid-request does. */
    public static final String CRASHING_SLUG = "the-review-service-crashes-on-this-one-abcdef012345";
    public static final String HOSTILE_CLAIM = "Costs rose </script><script>alert(1)</script> & \"more\" <!-- x";
    public static final List<String> URIS = new CopyOnWriteArrayList<>();
    public static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(this::handle);
        server.listen(0, "localhost").toCompletionStage().toCompletableFuture().join();
        return Map.of(
                "factdesk.gateway.review-service.url", "http://localhost:" + server.actualPort(),
                "factdesk.gateway.article-service.url", "http://localhost:" + unusedPort(),
                "factdesk.public-site.base-url", "https://facts.example.org",
                "factdesk.public-site.organization.name", "Example Fact Desk",
                "factdesk.public-site.organization.url", "https://example.org",
                "factdesk.public-site.organization.logo", "https://example.org/logo.png");
    }

    static JsonObject summary() {
        return new JsonObject()
                .put("slug", SLUG)
                .put("claim", "The council doubled the bus budget in 2025.")
                .put("claimAuthor", "Jane Mayor")
                .put("claimDate", "2026-11-20T08:00:00Z")
                .put("articleTitle", "Council doubles the bus budget")
                .put("articleUrl", "https://news.example.org/2026/11/bus-budget")
                .put("language", "en")
                .put("rating", "MOSTLY_FALSE")
                .put("label", "Mostly false: a 6% rise")
                .put("ratingValue", 2)
                .put("bestRating", 5)
                .put("worstRating", 1)
                .put("summary", "The bus budget rose 6%, not 100%.")
                .put("firstPublishedAt", "2026-11-21T10:00:00Z")
                .put("lastPublishedAt", "2026-11-22T09:30:00Z")
                .put("version", 2);
    }

    static JsonObject hostileSummary() {
        return summary().put("slug", HOSTILE_SLUG).put("claim", HOSTILE_CLAIM).put("claimAuthor", "<b>Bold</b>")
                .put("rating", "MISLEADING").put("label", "Misleading </script>").putNull("ratingValue")
                .put("summary", "Summary with \u0001 a control character.").putNull("articleUrl")
                .put("firstPublishedAt", "2026-11-19T10:00:00Z").put("lastPublishedAt", "2026-11-19T10:00:00Z")
                .put("version", 1);
    }

    static JsonObject factCheck() {
        return summary()
                .put("explanation", "The 2025 budget lists 12.4 million.\n\nThe 2024 figure was revised to 11.7 million.")
                .put("sources", new JsonArray()
                        .add(new JsonObject().put("url", "https://www.example.gov/budget/2025").put("title", "Budget 2025")
                                .put("publisher", "City Council").put("quote", "Bus services: 12.4 million")
                                .put("primary", true).put("accessedAt", "2026-11-20T09:00:00Z"))
                        .add(new JsonObject().put("url", "https://stats.example.org/transport")
                                .put("title", "Transport statistics")
                                .put("publisher", "Statistics Office").put("quote", "2024 revised: 11.7 million")
                                .put("primary", false).put("accessedAt", "2026-11-21T09:00:00Z")))
                .put("versions", new JsonArray()
                        .add(new JsonObject().put("version", 1).put("publishedAt", "2026-11-21T10:00:00Z")
                                .put("rating", "FALSE").put("label", "False: the budget grew 4%")
                                .put("summary", "Not double.").putNull("correctionNote"))
                        .add(new JsonObject().put("version", 2).put("publishedAt", "2026-11-22T09:30:00Z")
                                .put("rating", "MOSTLY_FALSE").put("label", "Mostly false: a 6% rise")
                                .put("summary", "The bus budget rose 6%, not 100%.")
                                .put("correctionNote", "The 2024 figure was revised; the rise is 6%.")));
    }

    private void handle(HttpServerRequest request) {
        URIS.add(request.uri());
        AUTHORIZATIONS.add(String.valueOf(request.getHeader("Authorization")));
        String path = request.path();
        if (!path.startsWith("/api/public/fact-checks")) {
            json(request, 404, new JsonObject().put("detail", "not here"));
        } else if (path.equals("/api/public/fact-checks")) {
            String q = request.getParam("q");
            if ("bad".equals(request.getParam("rating")) || (q != null && q.length() > 200)) {
                json(request, 400, new JsonObject().put("status", 400)
                        .put("detail", "rating: must be one of [TRUE, MOSTLY_TRUE, HALF_TRUE, MOSTLY_FALSE, FALSE, "
                                + "MISLEADING, UNPROVEN, NOT_A_CLAIM]"));
            } else if ("page2".equals(request.getParam("after"))) {
                json(request, 200, new JsonObject().put("items", new JsonArray().add(hostileSummary())).putNull("next"));
            } else {
                json(request, 200, new JsonObject().put("items", new JsonArray().add(summary())).put("next", "page2"));
            }
        } else if (path.equals("/api/public/fact-checks/index")) {
            json(request, 200, new JsonArray()
                    .add(new JsonObject().put("slug", SLUG).put("lastModified", "2026-11-22T09:30:00Z"))
                    .add(new JsonObject().put("slug", HOSTILE_SLUG).put("lastModified", "2026-11-19T10:00:00Z")));
        } else if (path.equals("/api/public/fact-checks/" + CRASHING_SLUG)) {
            request.connection().close();
        } else if (path.equals("/api/public/fact-checks/" + SLUG)) {
            json(request, 200, factCheck());
        } else if (path.equals("/api/public/fact-checks/" + HOSTILE_SLUG)) {
            json(request, 200, hostileSummary().put("explanation", "<img src=x onerror=alert(1)>")
                    .put("sources", new JsonArray()).put("versions", new JsonArray().add(new JsonObject()
                            .put("version", 1).put("publishedAt", "2026-11-19T10:00:00Z").put("rating", "MISLEADING")
                            .put("label", "Misleading").put("summary", "s"))));
        } else {
            json(request, 404, new JsonObject().put("status", 404).put("detail", "no published fact-check"));
        }
    }

    private static void json(HttpServerRequest request, int status, Object body) {
        request.response().setStatusCode(status)
                .putHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .end(body.toString());
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
