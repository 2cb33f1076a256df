package org.factdesk.article.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the shared Keycloak (password grant), cached per client and user. */
public final class Tokens {

    public static final String REALM = System.getProperty("factdesk.oidc.url", "http://localhost:8180/realms/factdesk");

    private static final Map<String, String> SECRETS = Map.of(
            "factdesk-cli", "cli-dev-secret-change-me",
            "factdesk-expiring", "expiring-dev-secret-change-me",
            "factdesk-other", "other-dev-secret-change-me");

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A cli token (audiences article-service and review-service); password = user name. */
    public static String of(String user) {
        return CACHE.computeIfAbsent("factdesk-cli/" + user, key -> fresh("factdesk-cli", user));
    }

    public static String fresh(String client, String user) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("client_secret", SECRETS.get(client))
                .formParam("username", user)
                .formParam("password", user)
                .post(REALM + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
