package org.factdesk.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every overlay renders, and every document it renders parses strictly as its Kubernetes or operator type. */
class OverlayRenderingTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDocumentParsesStrictlyAsItsType(String overlay) {
        List<JsonNode> documents = Kustomize.render(overlay);
        assertFalse(documents.isEmpty(), overlay + " renders nothing");
        List<String> problems = new ArrayList<>();
        for (JsonNode document : documents) {
            String id = document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
            StrictParsing.problems(document).forEach(p -> problems.add(id + ": " + p));
        }
        assertEquals(List.of(), problems, overlay + ": documents that do not parse strictly");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyNamespacedDocumentLandsInTheOverlaysNamespace(String overlay) {
        List<JsonNode> namespaces = Kustomize.ofKind(overlay, "Namespace");
        assertEquals(1, namespaces.size(), overlay + " creates its namespace");
        String namespace = namespaces.get(0).path("metadata").path("name").asText();
        Set<String> seen = new HashSet<>();
        for (JsonNode document : Kustomize.render(overlay)) {
            String id = document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
            assertTrue(seen.add(id), overlay + " renders " + id + " twice");
            if (!document.path("kind").asText().equals("Namespace")) {
                assertEquals(namespace, document.path("metadata").path("namespace").asText(), overlay + ": " + id);
            }
        }
    }
}
