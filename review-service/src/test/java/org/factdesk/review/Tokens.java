package org.factdesk.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Real access tokens from the shared Keycloak (password grant; password = user name). */
public final class Tokens {

    public static final String REALM = System.getProperty("factdesk.oidc.url",
            "http://localhost:8180/realms/factdesk");
    private static final Map<String, String> SECRETS = Map.of(
            "factdesk-cli", "cli-dev-secret-change-me",
            "factdesk-expiring", "expiring-dev-secret-change-me",
            "factdesk-other", "other-dev-secret-change-me");
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant fetched) {
    }

    private Tokens() {
    }

    /** A cached factdesk-cli token for the user (refetched well before Keycloak's 5-minute lifespan ends). */
    public static String of(String user) {
        return CACHE.compute(user, (name, cached) -> cached != null
                && cached.fetched().isAfter(Instant.now().minus(Duration.ofMinutes(2)))
                        ? cached
                        : new Cached(fresh("factdesk-cli", name), Instant.now()))
                .token();
    }

    /** The gateway's own client-credentials token: its service account holds the realm role public-site. */
    public static String publicSite() {
        return CACHE.compute("client:factdesk-gateway", (name, cached) -> cached != null
                && cached.fetched().isAfter(Instant.now().minus(Duration.ofMinutes(2)))
                        ? cached
                        : new Cached(RestAssured.given()
                                .contentType(ContentType.URLENC)
                                .formParam("grant_type", "client_credentials")
                                .formParam("client_id", "factdesk-gateway")
                                .formParam("client_secret", "gateway-dev-secret-change-me")
                                .post(REALM + "/protocol/openid-connect/token")
                                .then().statusCode(200)
                                .extract().path("access_token"), Instant.now()))
                .token();
    }

    public static String fresh(String client, String user) {
        return RestAssured.given()
                .contentType(ContentType.URLENC)
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
