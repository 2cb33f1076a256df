package org.factdesk.bench;

import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/** One request the load generator sends: everything prepared up front so the event loop only writes bytes. */
public record HttpCall(HttpMethod method, String uri, Map<String, String> headers, Buffer body) {

    public static HttpCall get(String uri, Map<String, String> headers) {
        return new HttpCall(HttpMethod.GET, uri, headers, null);
    }

    public static HttpCall postJson(String uri, Map<String, String> headers, String json) {
        return new HttpCall(HttpMethod.POST, uri, headers, Buffer.buffer(json));
    }
}
