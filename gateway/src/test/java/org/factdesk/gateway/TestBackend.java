package org.factdesk.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * A real HTTP server standing in for the article-service, so the tests can see what the proxy relays: it echoes
 * the request it got, answers with given statuses and media types, streams, or never answers in time. The
 * review-service URL points at a port nobody listens on.
 */
public class TestBackend implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private Promise<Void> streamRelease;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(this::handle);
        server.listen(0, "localhost").toCompletionStage().toCompletableFuture().join();
        return Map.of(
                "factdesk.gateway.article-service.url", "http://localhost:" + server.actualPort(),
                "factdesk.gateway.review-service.url", "http://localhost:" + unusedPort(),
                "factdesk.gateway.proxy.response-timeout", "1500ms");
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        switch (path) {
            // The service dies with the request in its hands: the connection closes without an answer.
            case "/api/articles/crash" -> request.connection().close();
            case "/api/articles/slow" -> vertx.setTimer(5_000, id -> request.response().end("too late"));
            case "/api/articles/problem" -> request.response().setStatusCode(409)
                    .putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"urn:factdesk:problem:conflict\",\"title\":\"Conflict\",\"status\":409,"
                            + "\"detail\":\"stale version\"}");
            case "/api/articles/claim-review" -> request.response()
                    .putHeader("Content-Type", "application/ld+json")
                    .end("{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\"}");
            case "/api/articles/stream" -> {
                // First part now, the rest only when the test asks for it: proves the proxy does not buffer.
                streamRelease = Promise.promise();
                request.response().setChunked(true).putHeader("Content-Type", "text/plain").write("first part\n");
                streamRelease.future().onComplete(done -> request.response().end("second part\n"));
            }
            case "/api/articles/stream/release" -> {
                if (streamRelease != null) {
                    streamRelease.tryComplete();
                }
                request.response().setStatusCode(204).end();
            }
            default -> request.body().onSuccess(body -> request.response()
                    .setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("cookie", request.getHeader("Cookie"))
                            .put("csrfHeader", request.getHeader("X-CSRF-Token"))
                            .put("contentType", request.getHeader("Content-Type"))
                            .put("host", request.getHeader("Host"))
                            .put("forwarded", request.getHeader("Forwarded"))
                            .put("xForwardedFor", request.getHeader("X-Forwarded-For"))
                            .put("xForwardedProto", request.getHeader("X-Forwarded-Proto"))
                            .put("xRealIp", request.getHeader("X-Real-IP"))
                            .put("body", body.toString())
                            .encode()));
        }
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
