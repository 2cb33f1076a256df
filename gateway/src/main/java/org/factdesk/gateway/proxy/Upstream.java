package org.factdesk.gateway.proxy;

import java.net.URI;

import io.vertx.core.http.RequestOptions;

/** A service behind the gateway: the /api path prefix it owns and where it listens. */
record Upstream(String name, String pathPrefix, URI baseUrl) {

    static Upstream of(String name, String pathPrefix, String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("the URL of " + name + " must be http(s)://host[:port], got " + baseUrl);
        }
        return new Upstream(name, pathPrefix, uri);
    }

    boolean tls() {
        return "https".equals(baseUrl.getScheme());
    }

    int port() {
        return baseUrl.getPort() > 0 ? baseUrl.getPort() : tls() ? 443 : 80;
    }

    /** Matches the prefix itself and everything below it, not /api/articlesXYZ. */
    String pathRegex() {
        return pathPrefix + "(/.*)?";
    }

    RequestOptions requestOptions(long connectTimeoutMillis, long responseTimeoutMillis) {
        return new RequestOptions()
                .setHost(baseUrl.getHost())
                .setPort(port())
                .setSsl(tls())
                .setConnectTimeout(connectTimeoutMillis)
                // Idle timeout: fails when the service sends nothing for this long, without capping the
                // total duration of a response that keeps streaming.
                .setIdleTimeout(responseTimeoutMillis);
    }
}
