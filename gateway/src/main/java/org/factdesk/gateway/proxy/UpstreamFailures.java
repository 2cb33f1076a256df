package org.factdesk.gateway.proxy;

import java.net.ConnectException;
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
 * Turns a service that cannot be reached or does not answer in time into a problem+json response: 504 when a time
 * limit passed; 503 with Retry-After when the service is not there (connection refused: stopped, crashed or
 * restarting) or its connection broke before it answered, both passing states the browser should retry after. The
 * detail says whether the request may have been applied. Responses the service did send pass through untouched,
 * whatever their status.
 */
final class UpstreamFailures implements ProxyInterceptor {

    /** About what a crashed service needs to be back (the chaos soak measures it). */
    static final String RETRY_AFTER_SECONDS = "5";

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
        Problem problem;
        if (timedOut) {
            problem = new Problem(504, "Gateway Timeout", upstream.name() + " did not answer in time", path);
        } else if (failure instanceof ConnectException) {
            problem = new Problem(503, "Service Unavailable",
                    upstream.name() + " is unavailable (not running or restarting); nothing was sent to it, try again shortly",
                    path);
        } else {
            problem = new Problem(503, "Service Unavailable", upstream.name() + " went away before it answered ("
                    + failure.getMessage() + "); the request may have been applied: reload before repeating it", path);
        }
        context.request().release();
        ProxyResponse response = context.request().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .setBody(Body.body(problem.toBuffer()));
        return problem.status() == 503 ? response.putHeader("Retry-After", RETRY_AFTER_SECONDS) : response;
    }
}
