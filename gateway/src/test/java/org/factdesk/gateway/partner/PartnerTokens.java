package org.factdesk.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.response.Response;

/** Real access tokens from the local Keycloak: the demo partners' (client credentials) and a desk user's. */
final class PartnerTokens {

    static final String NEWSWIRE = "partner-newswire";
    static final String ARCHIVE = "partner-archive";

    private PartnerTokens() {
    }

    static String partner(String clientId) {
        return token(given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-dev-secret-change-me"));
    }

    /** A desk user's token from the password-grant test client: valid in the realm, but not for partners. */
    static String user(String user) {
        return token(given().formParam("grant_type", "password").formParam("client_id", "factdesk-cli")
                .formParam("client_secret", "cli-dev-secret-change-me").formParam("username", user)
                .formParam("password", user));
    }

    private static String token(io.restassured.specification.RequestSpecification request) {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        Response response = request.post(issuer + "/protocol/openid-connect/token");
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath().getString("access_token");
    }
}
