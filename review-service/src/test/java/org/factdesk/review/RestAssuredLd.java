package org.factdesk.review;

import io.restassured.RestAssured;

/** Reads a ClaimReview the way a search engine does: anonymously, as JSON-LD. */
final class RestAssuredLd {
    private RestAssuredLd() {
    }

    static String claimReview(String reviewId) {
        return RestAssured.given().accept("application/ld+json")
                .get("/api/reviews/" + reviewId + "/claim-review")
                .then().statusCode(200).contentType("application/ld+json")
                .extract().asString();
    }
}
