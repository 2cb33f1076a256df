package org.factdesk.deploy.kubernetes;

import java.io.IOException;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes the KeycloakRealmImport of the base from the realm file the local stack imports. The realm
 * has one source, deploy/local/keycloak/factdesk-realm.json; base/keycloak/realm-import.yaml is its
 * generated image (kustomize cannot turn a JSON file into a field of another resource), and
 * RealmImportTest fails as soon as the two differ by a single character.
 */
final class RealmImport {

    static final String REGENERATE_PROPERTY = "factdesk.regenerate-realm-import";
    static final String KEYCLOAK_CR = "factdesk-keycloak";

    private static final String HEADER = """
            # GENERATED from deploy/local/keycloak/factdesk-realm.json, the one realm file. Do not edit: change the
            # realm file, then run (from the repository root)
            #   mvn -pl deploy/kubernetes test -Dtest=RealmImportTest -Dfactdesk.regenerate-realm-import=true
            # RealmImportTest fails while this file and the realm file differ. overlays/prod removes the demo
            # users and test clients and takes the gateway's client secret from a Secret.
            """;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private RealmImport() {
    }

    static JsonNode realmFile() throws IOException {
        return new ObjectMapper().readTree(Files.readString(Repository.REALM));
    }

    /** The text base/keycloak/realm-import.yaml must have. */
    static String generate() throws IOException {
        ObjectNode resource = YAML.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", realmFile().path("realm").asText());
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR);
        spec.set("realm", realmFile());
        return HEADER + YAML.writeValueAsString(resource);
    }
}
