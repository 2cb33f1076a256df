package org.factdesk.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The KeycloakRealmImport is the local realm file: generated from it, and rendered from it in every overlay. */
class RealmImportTest {

    /** Clients only tests and the command line use; production does not import them. */
    private static final Set<String> DEV_ONLY_CLIENTS = Set.of("factdesk-cli", "factdesk-expiring", "factdesk-other",
            "partner-newswire", "partner-archive");

    @Test
    void committedRealmImportIsGeneratedFromTheRealmFile() throws IOException {
        String expected = RealmImport.generate();
        if (Boolean.getBoolean(RealmImport.REGENERATE_PROPERTY)) {
            Files.writeString(Repository.REALM_IMPORT, expected);
        }
        assertEquals(expected, Files.readString(Repository.REALM_IMPORT),
                "base/keycloak/realm-import.yaml is stale; regenerate it: mvn -pl deploy/kubernetes test -Dtest=RealmImportTest -D"
                        + RealmImport.REGENERATE_PROPERTY + "=true");
    }

    @Test
    void devOverlayImportsTheRealmFileUnchanged() throws IOException {
        JsonNode realmImport = Kustomize.one("dev", "KeycloakRealmImport", "factdesk");
        assertEquals(RealmImport.realmFile(), realmImport.path("spec").path("realm"));
        assertEquals(Kustomize.ofKind("dev", "Keycloak").get(0).path("metadata").path("name").asText(),
                realmImport.path("spec").path("keycloakCRName").asText());
    }

    @Test
    void prodOverlayImportsTheRealmFileWithoutDemoUsersTestClientsOrDevSecrets() throws IOException {
        JsonNode ingress = Kustomize.one("prod", "Ingress", "gateway");
        String publicUrl = "https://" + ingress.path("spec").path("rules").get(0).path("host").asText() + "/*";

        ObjectNode expected = (ObjectNode) RealmImport.realmFile().deepCopy();
        // Demo users go; service accounts stay (the gateway's reads the public fact-checks with role public-site),
        // except those of the demo partners, whose clients go.
        ArrayNode users = expected.putArray("users");
        for (JsonNode user : RealmImport.realmFile().path("users")) {
            if (user.has("serviceAccountClientId")
                    && !DEV_ONLY_CLIENTS.contains(user.path("serviceAccountClientId").asText())) {
                users.add(user.deepCopy());
            }
        }
        // Production realm settings: TLS everywhere, a password policy, brute-force lock-outs.
        expected.put("sslRequired", "all");
        expected.put("passwordPolicy",
                "length(12) and notUsername and notEmail and passwordHistory(5) and hashIterations(210000)");
        expected.put("bruteForceProtected", true);
        expected.put("failureFactor", 5);
        expected.put("waitIncrementSeconds", 60);
        expected.put("maxFailureWaitSeconds", 900);
        ArrayNode clients = expected.putArray("clients");
        for (JsonNode client : RealmImport.realmFile().path("clients")) {
            String id = client.path("clientId").asText();
            if (DEV_ONLY_CLIENTS.contains(id)) {
                continue;
            }
            ObjectNode copy = client.deepCopy();
            if (id.equals("factdesk-gateway")) {
                copy.put("secret", "${GATEWAY_CLIENT_SECRET}");
                copy.putArray("redirectUris").add(publicUrl);
                ((ObjectNode) copy.path("attributes")).put("post.logout.redirect.uris", publicUrl);
            }
            if (id.equals("review-service-directory")) {
                copy.put("secret", "${REVIEW_DIRECTORY_SECRET}");
            }
            clients.add(copy);
        }

        JsonNode realmImport = Kustomize.one("prod", "KeycloakRealmImport", "factdesk");
        assertEquals(expected, realmImport.path("spec").path("realm"));

        JsonNode placeholder = realmImport.path("spec").path("placeholders").path("GATEWAY_CLIENT_SECRET").path("secret");
        JsonNode gatewaySecret = Workload.of("prod", "gateway").secretKeyRef("FACTDESK_GATEWAY_CLIENT_SECRET");
        assertEquals(gatewaySecret, placeholder, "Keycloak and the gateway read the client secret from the same Secret key");
        JsonNode directoryPlaceholder = realmImport.path("spec").path("placeholders").path("REVIEW_DIRECTORY_SECRET")
                .path("secret");
        assertEquals(Workload.of("prod", "review-service").secretKeyRef("FACTDESK_REVIEW_DIRECTORY_SECRET"),
                directoryPlaceholder, "Keycloak and the review-service read the directory secret from the same Secret key");
    }
}
