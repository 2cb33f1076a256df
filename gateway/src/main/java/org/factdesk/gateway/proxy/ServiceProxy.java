package org.factdesk.gateway.proxy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.gateway.config.GatewayConfig;
import org.factdesk.gateway.rest.Problem;
import org.factdesk.gateway.security.CsrfGuard;
import org.factdesk.gateway.security.SignedInUser;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

/**
 * Routes /api/articles/** to the article-service and /api/reviews/** to the review-service with Vert.x'
 * reverse proxy: method, path, query, body and the service's status, headers and body stream through
 * unchanged. The browser's cookies stay here; the service gets the user's access token instead.
 */
@ApplicationScoped
public class ServiceProxy {

    /** After the CSRF guard, before Quarkus REST and the UI (Quinoa) routes. */
    static final int ROUTE_ORDER = CsrfGuard.ROUTE_ORDER + 50;
    /** Connections per service; the Vert.x default of 5 would queue concurrent users behind each other. */
    private static final int MAX_CONNECTIONS_PER_SERVICE = 64;

    private final Vertx vertx;
    private final GatewayConfig config;

    public ServiceProxy(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    void register(@Observes Router router) {
        List.of(Upstream.of("article-service", "/api/articles", config.articleService().url()),
                Upstream.of("review-service", "/api/reviews", config.reviewService().url()))
                .forEach(upstream -> router.routeWithRegex(upstream.pathRegex()).order(ROUTE_ORDER)
                        .handler(handlerFor(upstream)));
    }

    private Handler<RoutingContext> handlerFor(Upstream upstream) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(MAX_CONNECTIONS_PER_SERVICE)
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis()));
        RequestOptions origin = upstream.requestOptions(
                config.proxy().connectTimeout().toMillis(), config.proxy().responseTimeout().toMillis());
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions(origin)))
                .addInterceptor(new UpstreamFailures(upstream))
                .addInterceptor(new ForwardedHeaders(upstream));
        return context -> relay(context, proxy);
    }

    private void relay(RoutingContext context, HttpProxy proxy) {
        var token = SignedInUser.of(context).flatMap(SignedInUser::accessToken);
        if (token.isEmpty()) {
            // Cannot happen behind the "authenticated" permission; refuse rather than call a service anonymously.
            new Problem(401, "Unauthorized", "sign-in required", context.request().path()).send(context.response());
            return;
        }
        // The proxy copies the incoming headers: shape them into what the service may see.
        MultiMap headers = context.request().headers();
        headers.remove(HttpHeaders.COOKIE);
        headers.remove(CsrfGuard.HEADER);
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.get());
        proxy.handle(context.request());
    }
}
