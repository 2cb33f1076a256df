package org.factdesk.system.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the running system is, from system properties with the local defaults of ./factdesk. */
public final class SystemUnderTest {

    public static final String ARTICLE = property("factdesk.article.url", "http://localhost:8081");
    public static final String REVIEW = property("factdesk.review.url", "http://localhost:8082");
    public static final String GATEWAY = property("factdesk.gateway.url", "http://localhost:8080");
    /** Health, metrics and OpenAPI: each service's management interface (FACTDESK_*_MANAGEMENT_PORT). */
    public static final String ARTICLE_MANAGEMENT = property("factdesk.article.management.url", "http://localhost:9281");
    public static final String REVIEW_MANAGEMENT = property("factdesk.review.management.url", "http://localhost:9282");
    public static final String GATEWAY_MANAGEMENT = property("factdesk.gateway.management.url", "http://localhost:9280");
    public static final String KEYCLOAK = property("factdesk.keycloak.url", "http://localhost:8180");
    public static final String KAFKA = property("factdesk.kafka.bootstrap", "localhost:9092");
    public static final String DB_HOST = property("factdesk.db.host", "localhost");
    public static final int DB_PORT = Integer.parseInt(property("factdesk.db.port", "5432"));
    /** The services run on the test databases in step 3 of ./factdesk test. */
    public static final String ARTICLE_DB = property("factdesk.article.db", "factdesk_article_test");
    public static final String REVIEW_DB = property("factdesk.review.db", "factdesk_review_test");

    private SystemUnderTest() {
    }

    /** True when the system belongs to this test run, so components may be stopped (./factdesk test). */
    public static boolean faultsAllowed() {
        return Boolean.getBoolean("factdesk.faults");
    }

    /** ./factdesk test --long: the bigger variants of the load-bearing tests. */
    public static boolean longRun() {
        return Boolean.getBoolean("factdesk.long");
    }

    /** The repository root: the first directory upwards from the working directory holding the launcher. */
    public static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("factdesk"))
                    && Files.isRegularFile(candidate.resolve("deploy/local/stack.sh"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Factdesk repository root above " + dir);
    }

    public static String hostPort(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort();
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
