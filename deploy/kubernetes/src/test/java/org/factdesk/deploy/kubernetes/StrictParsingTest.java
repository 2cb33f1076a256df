package org.factdesk.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The strict checks reject what a typo in a manifest would produce, for each kind of check. */
class StrictParsingTest {

    private static JsonNode rendered(String kind, String name) {
        return Kustomize.one("prod", kind, name).deepCopy();
    }

    @Test
    void renderedDocumentsAreAcceptedAsTheyAre() {
        for (JsonNode document : List.of(rendered("Deployment", "gateway"), rendered("KafkaUser", "gateway"),
                rendered("Cluster", "article-db"), rendered("Keycloak", "factdesk-keycloak"))) {
            assertEquals(List.of(), StrictParsing.problems(document));
        }
    }

    @Test
    void unknownFieldDeepInAKubernetesObjectIsReported() {
        JsonNode deployment = rendered("Deployment", "gateway");
        ObjectNode probe = (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0)
                .path("readinessProbe");
        probe.put("periodSecond", 5);
        List<String> problems = StrictParsing.problems(deployment);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("periodSecond"), problems.toString());
    }

    @Test
    void unknownFieldAndUnknownEnumValueInAStrimziObjectAreReported() {
        JsonNode user = rendered("KafkaUser", "gateway");
        ((ObjectNode) user.path("spec").path("authorization")).put("superUser", true);
        assertTrue(StrictParsing.problems(user).toString().contains("superUser"));

        JsonNode other = rendered("KafkaUser", "gateway");
        ((ObjectNode) other.path("spec").path("authorization").path("acls").get(0).path("resource")).put("type", "topics");
        assertEquals(1, StrictParsing.problems(other).size());
    }

    @Test
    void fieldOutsideTheOperatorSchemasIsReported() {
        JsonNode cluster = rendered("Cluster", "article-db");
        ((ObjectNode) cluster.path("spec").path("storage")).put("sizes", "1Gi");
        assertTrue(StrictParsing.problems(cluster).toString().contains("sizes"));

        JsonNode keycloak = rendered("Keycloak", "factdesk-keycloak");
        ((ObjectNode) keycloak.path("spec").path("hostname")).put("hostname", "login.factdesk.example/");
        assertEquals(1, StrictParsing.problems(keycloak).size());
    }

    @Test
    void unknownRealmFieldIsReported() {
        JsonNode realmImport = rendered("KeycloakRealmImport", "factdesk");
        ((ObjectNode) realmImport.path("spec").path("realm").path("clients").get(0)).put("redirectUri", "https://x/*");
        assertTrue(StrictParsing.problems(realmImport).toString().contains("redirectUri"));
    }

    @Test
    void unknownKindIsReported() {
        JsonNode document = rendered("Deployment", "gateway");
        ((ObjectNode) document).put("apiVersion", "apps/v1beta1");
        assertEquals(List.of("no strict type is known for apps/v1beta1/Deployment"), StrictParsing.problems(document));
    }
}
