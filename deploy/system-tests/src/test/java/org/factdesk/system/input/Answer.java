package org.factdesk.system.input;

import java.net.http.HttpResponse;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What came back, from RestAssured or from a gateway session alike. */
record Answer(int status, String contentType, String body) {

    static Answer of(Response response) {
        return new Answer(response.statusCode(), response.contentType(), response.asString());
    }

    static Answer of(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    JsonPath json() {
        return JsonPath.from(body);
    }
}
