package org.factdesk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** Access tokens for calling the services directly (password grant of the dev-only CLI client), renewed before expiry. */
public final class KeycloakTokens {

    private final String tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    public KeycloakTokens(String realmUrl, String clientId, String clientSecret) {
        this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** A bearer token of {@code user} (password = user name, as in the dev realm) valid for at least a minute. */
    public String bearer(String user) {
        Token token = cache.compute(user, (name,
                current) -> current != null && current.expires.isAfter(Instant.now().plusSeconds(60)) ? current : fetch(name));
        return "Bearer " + token.value;
    }

    public Map<String, String> headers(String user) {
        return Map.of("Authorization", bearer(user));
    }

    /**
     * Keycloak's brute-force protection briefly refuses a demo user after other clients' failed logins (tests try
     * wrong passwords on purpose): retry for a while before giving up.
     */
    private Token fetch(String user) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                return request(user);
            } catch (IllegalStateException e) {
                last = e;
                try {
                    Thread.sleep(2000L << attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    private Token request(String user) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "client_secret", clientSecret,
                "username", user, "password", user, "scope", "openid")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.statusCode()
                    + " " + Json.abbreviate(response.body()));
        }
        JsonNode body = Json.parse(response.body());
        return new Token(body.path("access_token").asText(),
                Instant.now().plusSeconds(body.path("expires_in").asLong(60)));
    }

    private record Token(String value, Instant expires) {
    }
}
