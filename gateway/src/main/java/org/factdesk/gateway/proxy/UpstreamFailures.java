package org.factdesk.gateway.proxy;

import java.util.concurrent.TimeoutException;

import org.factdesk.gateway.rest.Problem;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Turns a service that cannot be reached or does not answer in time into a problem+json response: 504 when a
 * time limit passed, 502 when the connection failed otherwise (refused, reset, unknown host). Responses the
 * service did send pass through untouched, whatever their status.
 */
final class UpstreamFailures implements ProxyInterceptor {

    private final Upstream upstream;

    UpstreamFailures(Upstream upstream) {
        this.upstream = upstream;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(context, failure)));
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException || failure instanceof ConnectTimeoutException;
        String path = context.request().proxiedRequest().path();
        Log.warnf("%s %s -> %s failed: %s", context.request().getMethod(), path, upstream.name(), failure.toString());
        Problem problem = timedOut
                ? new Problem(504, "Gateway Timeout", upstream.name() + " did not answer in time", path)
                : new Problem(502, "Bad Gateway", upstream.name() + " is unavailable: " + failure.getMessage(), path);
        context.request().release();
        return context.request().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .setBody(Body.body(problem.toBuffer()));
    }
}
