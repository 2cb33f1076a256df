package org.factdesk.system.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to the services as a signed-in demo user (a real factdesk-cli token). */
public final class Api {

    private Api() {
    }

    public static RequestSpecification article(String user) {
        return as(user).baseUri(SystemUnderTest.ARTICLE);
    }

    public static RequestSpecification review(String user) {
        return as(user).baseUri(SystemUnderTest.REVIEW);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
