package org.factdesk.gateway.proxy;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A service sees the gateway's own account of a request, never the browser's: whatever forwarding headers the
 * browser sent are dropped, the Host is the service's own address, and X-Forwarded-For / -Proto say what the
 * gateway saw (the peer address and scheme, as resolved from a trusted TLS-terminating proxy when
 * FACTDESK_BEHIND_PROXY is set). Vert.x adds X-Forwarded-Host with the authority the gateway was addressed by.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    /** Headers a browser could send to make a service believe it came from elsewhere. */
    static final List<String> FROM_THE_BROWSER = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Proto",
            "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl",
            "X-Real-IP", "X-Original-URL", "X-Rewrite-URL");

    private final Upstream upstream;

    ForwardedHeaders(Upstream upstream) {
        this.upstream = upstream;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        MultiMap headers = request.headers();
        FROM_THE_BROWSER.forEach(headers::remove);
        if (incoming.remoteAddress() != null) {
            headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
        }
        headers.set("X-Forwarded-Proto", incoming.scheme());
        request.setAuthority(HostAndPort.create(upstream.baseUrl().getHost(), upstream.port()));
        return context.sendRequest();
    }
}
