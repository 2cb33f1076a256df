package org.factdesk.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the Factdesk repository, found by walking up from the working directory. */
final class Repository {

    static final Path ROOT = findRoot();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path TOPICS = ROOT.resolve("deploy/local/kafka/topics.txt");
    static final Path REALM = ROOT.resolve("deploy/local/keycloak/factdesk-realm.json");
    static final Path EVENTS_README = ROOT.resolve("deploy/events/README.md");
    static final Path REALM_IMPORT = KUBERNETES.resolve("base/keycloak/realm-import.yaml");
    static final Path BASE_KUSTOMIZATION = KUBERNETES.resolve("base/kustomization.yaml");
    static final Path README = KUBERNETES.resolve("README.md");

    private Repository() {
    }

    static Path module(String service) {
        return ROOT.resolve(service);
    }

    private static Path findRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/kafka/topics.txt"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Factdesk repository above " + System.getProperty("user.dir"));
    }
}
