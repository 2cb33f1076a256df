package org.factdesk.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DevSecretGuardTest {

    @Test
    void developmentDefaultsAndEmptySecretsAreNamed() {
        assertEquals(List.of("FACTDESK_CSRF_SECRET", "FACTDESK_SESSION_SECRET"), DevSecretGuard.devSecretsIn(Map.of(
                "FACTDESK_GATEWAY_CLIENT_SECRET", "Zq3v9kT1mX0pL7sR2bN8cW4yH6jF5dA",
                "FACTDESK_SESSION_SECRET", "session-dev-secret-change-me-0123456789abcdef",
                "FACTDESK_CSRF_SECRET", " ")));
    }

    @Test
    void realSecretsPass() {
        assertEquals(List.of(), DevSecretGuard.devSecretsIn(Map.of(
                "FACTDESK_GATEWAY_CLIENT_SECRET", "Zq3v9kT1mX0pL7sR2bN8cW4yH6jF5dA",
                "FACTDESK_SESSION_SECRET", "b1f0c7e2a9d84f3c8e6a2d5b7c9e1f30",
                "FACTDESK_CSRF_SECRET", "7d2e9a4c1b8f6e3d0a5c7b9e2f4d6a8c")));
    }

    @Test
    void everyDevelopmentDefaultOfTheGatewayCarriesTheMarker() throws Exception {
        String properties = new String(DevSecretGuardTest.class.getResourceAsStream("/application.properties").readAllBytes());
        for (String variable : DevSecretGuard.SECRETS.keySet()) {
            String fallback = properties.replaceAll("(?s).*\\$\\{" + variable + ":([^}]*)}.*", "$1");
            assertEquals(true, fallback.contains(DevSecretGuard.DEV_MARKER), variable + " default: " + fallback);
        }
    }
}
