package org.factdesk.gateway.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.factdesk.gateway.config.GatewayConfig;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * A production gateway refuses to start with a development secret: with the defaults from
 * application.properties anyone could forge session cookies and CSRF tokens or act as the gateway's client.
 * The local launcher and the dev overlay say FACTDESK_ALLOW_DEV_SECRETS=true; nothing else should.
 */
@Singleton
public class DevSecretGuard {

    /** Every development default in this repository carries this marker. */
    static final String DEV_MARKER = "change-me";

    /** The secrets that matter, by the environment variable that sets each. */
    static final Map<String, String> SECRETS = Map.of(
            "FACTDESK_GATEWAY_CLIENT_SECRET", "quarkus.oidc.credentials.secret",
            "FACTDESK_SESSION_SECRET", "quarkus.oidc.token-state-manager.encryption-secret",
            "FACTDESK_CSRF_SECRET", "factdesk.gateway.csrf.secret");

    void refuseDevSecrets(@Observes StartupEvent event, GatewayConfig gateway, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL || gateway.allowDevSecrets()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        SECRETS.forEach(
                (variable, property) -> values.put(variable, config.getOptionalValue(property, String.class).orElse("")));
        List<String> devSecrets = devSecretsIn(values);
        if (!devSecrets.isEmpty()) {
            throw new IllegalStateException("refusing to start with development secrets in " + devSecrets
                    + ": set secrets of your own (FACTDESK_ALLOW_DEV_SECRETS=true is for a developer's machine only)");
        }
    }

    /** The names whose value is a development default or empty. */
    static List<String> devSecretsIn(Map<String, String> values) {
        return values.entrySet().stream()
                .filter(entry -> entry.getValue() == null || entry.getValue().isBlank()
                        || entry.getValue().contains(DEV_MARKER))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
