package org.factdesk.system.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Stops and starts parts of the running stack through deploy/local/faults.sh (which reuses stack.sh). Only
 * allowed when the system belongs to the test run: ./factdesk test passes -Dfactdesk.faults=true.
 */
public final class Faults {

    private static final Path LOG = Path.of("target", "faults.log");

    private Faults() {
    }

    /**
     * Fault tests need the stack to themselves. Outside ./factdesk test (a developer running one IT against a
     * shared stack) they are skipped with the reason, never run against someone else's components.
     */
    public static void requireOwnedStack() {
        Assumptions.assumeTrue(SystemUnderTest.faultsAllowed(),
                "fault tests stop Kafka, PostgreSQL and services: they run only with -Dfactdesk.faults=true (./factdesk test)");
    }

    public static void stopKafka() {
        run("kafka_stop");
    }

    /** SIGKILL of the broker: a crash, no controlled shutdown. */
    public static void killKafka() {
        run("kafka_kill");
    }

    public static void startKafka() {
        run("kafka_start");
    }

    public static void stopPostgres() {
        run("postgres_stop");
    }

    /** Immediate shutdown of PostgreSQL: no checkpoint, crash recovery at the next start. */
    public static void killPostgres() {
        run("postgres_kill");
    }

    public static void startPostgres() {
        run("postgres_start");
    }

    /** SIGKILL of Keycloak (kc.sh and its JVM). */
    public static void killKeycloak() {
        run("keycloak_kill");
    }

    /** Starts Keycloak again and waits until its realm answers. */
    public static void startKeycloak() {
        run("keycloak_start");
    }

    /** kill -9 of a service started by the stack. */
    public static void kill(String service) {
        run("service_kill", service);
    }

    /** Starts the service again (on the database it used) and waits until it is ready. */
    public static void start(String service) {
        run("service_start", service);
    }

    private static void run(String... arguments) {
        Path root = SystemUnderTest.repositoryRoot();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/faults.sh").toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(LOG.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .start();
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", command) + " did not finish in 4 minutes (log: " + LOG.toAbsolutePath() + ")");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed with " + process.exitValue() + ": " + tail());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(LOG);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
