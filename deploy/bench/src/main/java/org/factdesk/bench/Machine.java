package org.factdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Facts about the machine a report was measured on, so figures from different runs can be compared honestly. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> facts(String postgresVersion, String kafkaClientVersion) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("measuredAt", Instant.now().toString());
        facts.put("cpus", Runtime.getRuntime().availableProcessors());
        facts.put("cpuModel", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"));
        facts.put("memTotalMiB", firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.split("\\s+")[0]) / 1024).orElse(-1L));
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("distribution",
                firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", "")).orElse("unknown"));
        facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("postgresql", postgresVersion);
        facts.put("kafkaClients", kafkaClientVersion);
        facts.put("loadAverageAtStart", loadAverage());
        facts.put("gitCommit", System.getProperty("factdesk.bench.git-commit", "unknown"));
        return facts;
    }

    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                int sep = line.indexOf(line.contains(":") ? ':' : '=');
                if (sep > 0 && line.substring(0, sep).trim().equals(key)) {
                    return java.util.Optional.of(line.substring(sep + 1).trim());
                }
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }
}
