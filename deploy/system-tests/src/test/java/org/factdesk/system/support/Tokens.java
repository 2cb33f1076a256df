package org.factdesk.system.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.core.ConditionTimeoutException;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Real access tokens from the running Keycloak (password grant), cached until shortly before they expire. */
public final class Tokens {

    /** A password-grant client of a realm. */
    public enum Client {
        /** Tokens with the audiences article-service and review-service. */
        CLI("factdesk", "factdesk-cli", "cli-dev-secret-change-me"),
        /** Like CLI, but tokens live 2 s. */
        EXPIRING("factdesk", "factdesk-expiring", "expiring-dev-secret-change-me"),
        /** Same realm, but tokens without the services' audiences. */
        OTHER_CLIENT("factdesk", "factdesk-other", "other-dev-secret-change-me"),
        /** Another realm altogether (deploy/local/keycloak/other-realm.json). */
        OTHER_REALM("other", "other-cli", "other-cli-secret-change-me");

        final String realm;
        final String clientId;
        final String secret;

        Client(String realm, String clientId, String secret) {
            this.realm = realm;
            this.clientId = clientId;
            this.secret = secret;
        }
    }

    private record Cached(String token, Instant refreshAfter) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** An access token of a demo user (password = user name) from factdesk-cli. */
    public static String of(String user) {
        return of(Client.CLI, user);
    }

    public static String of(Client client, String user) {
        Cached cached = CACHE.get(client + "/" + user);
        if (cached != null && Instant.now().isBefore(cached.refreshAfter())) {
            return cached.token();
        }
        Cached fresh = fetch(client, user);
        if (client != Client.EXPIRING) {
            CACHE.put(client + "/" + user, fresh);
        }
        return fresh.token();
    }

    /**
     * An access token of a demo partner client (client-credentials grant; its service account holds the realm role
     * partner, its tokens the audience factdesk-partner-api), cached like the users' tokens.
     */
    public static String partner(String clientId) {
        Cached cached = CACHE.get("partner/" + clientId);
        if (cached != null && Instant.now().isBefore(cached.refreshAfter())) {
            return cached.token();
        }
        Response response = given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-dev-secret-change-me")
                .post(SystemUnderTest.KEYCLOAK + "/realms/factdesk/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for partner " + clientId + ": " + response.statusCode() + " "
                    + response.asString());
        }
        JsonPath body = response.jsonPath();
        Cached fresh = new Cached(body.getString("access_token"),
                Instant.now().plusSeconds(Math.max(0, body.getLong("expires_in") - 30)));
        CACHE.put("partner/" + clientId, fresh);
        return fresh.token();
    }

    /** A token issued now by factdesk-expiring: valid for 2 s. */
    public static String expiring(String user) {
        return fetch(Client.EXPIRING, user).token();
    }

    public static String issuer(Client client) {
        return SystemUnderTest.KEYCLOAK + "/realms/" + client.realm;
    }

    /**
     * Keycloak's brute-force protection may lock a demo user for a moment when another test proves that a wrong
     * password is refused; getting a token is not what is tested here, so a refusal is retried for a while.
     */
    private static synchronized Cached fetch(Client client, String user) {
        Response[] last = new Response[1];
        try {
            await("token for " + user + " from " + client.clientId).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        last[0] = given()
                                .formParam("grant_type", "password")
                                .formParam("client_id", client.clientId)
                                .formParam("client_secret", client.secret)
                                .formParam("username", user)
                                .formParam("password", user)
                                .formParam("scope", "openid")
                                .post(issuer(client) + "/protocol/openid-connect/token");
                        return last[0].statusCode() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("no token for " + user + " from " + client.clientId + ": "
                    + (last[0] == null ? "no answer" : last[0].statusCode() + " " + last[0].asString()), e);
        }
        JsonPath body = last[0].jsonPath();
        long lifetime = body.getLong("expires_in");
        return new Cached(body.getString("access_token"), Instant.now().plusSeconds(Math.max(0, lifetime - 30)));
    }
}
