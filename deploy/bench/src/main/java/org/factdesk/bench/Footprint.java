package org.factdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time and memory of the three services: resident memory when idle (before any load of this run), the
 * highest resident memory sampled while under load, and the kernel's peak (VmHWM); CPU time per service for costs.
 */
public final class Footprint implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    public record Service(String name, int port, long pid, Double readyMillisMeasured, Double startedSecondsReported,
            Long idleRssMiB, Long loadedRssMiB, Long peakRssMiB) {
    }

    private final BenchConfig config;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Long> idle = new LinkedHashMap<>();
    private final Map<String, Long> loaded = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean sampling;

    public Footprint(BenchConfig config) {
        this.config = config;
        for (var service : List.of(Map.entry("article-service", port(config.articleUrl())),
                Map.entry("review-service", port(config.reviewUrl())), Map.entry("gateway", port(config.gatewayUrl())))) {
            ServiceProcess.listeningOn(service.getKey(), service.getValue()).ifPresent(p -> processes.put(p.name(), p));
        }
        processes.values().forEach(p -> p.rssMiB().ifPresent(rss -> idle.put(p.name(), rss)));
        sampler = new Thread(this::sample, "footprint-sampler");
        sampler.setDaemon(true);
    }

    public Optional<ServiceProcess> process(String name) {
        return Optional.ofNullable(processes.get(name));
    }

    /** Starts sampling resident memory every 250 ms until {@link #close()}. */
    public void startSampling() {
        sampling = true;
        sampler.start();
    }

    /** CPU seconds used so far by all three services together. */
    public double cpuSeconds() {
        return processes.values().stream().mapToDouble(ServiceProcess::cpuSeconds).sum();
    }

    private void sample() {
        while (sampling) {
            processes.values().forEach(p -> p.rssMiB().ifPresent(rss -> loaded.merge(p.name(), rss, Math::max)));
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public List<Service> services() {
        return List.of("article-service", "review-service", "gateway").stream().map(name -> {
            ServiceProcess process = processes.get(name);
            return new Service(name, process == null ? -1 : process.port(), process == null ? -1 : process.pid(),
                    readyMillis(name), startedSeconds(name), idle.get(name), loaded.get(name),
                    process == null ? null : process.peakRssMiB().stream().boxed().findFirst().orElse(null));
        }).toList();
    }

    /** Wall-clock from launch to a ready health check, as measured by bench.sh when it started the service. */
    private Double readyMillis(String name) {
        String measured = System.getProperty("factdesk.bench.ready-millis." + name);
        return measured == null || measured.isBlank() ? null : Double.valueOf(measured);
    }

    /** The start-up time Quarkus logged ("started in 1.234s"), last occurrence in the launcher's log. */
    private Double startedSeconds(String name) {
        Path log = config.logsDir().resolve(name + ".log");
        if (!Files.isRegularFile(log)) {
            return null;
        }
        try {
            String lastMatch = null;
            for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                Matcher matcher = STARTED.matcher(line);
                if (matcher.find()) {
                    lastMatch = matcher.group(1);
                }
            }
            return lastMatch == null ? null : Double.valueOf(lastMatch);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int port(String url) {
        return java.net.URI.create(url).getPort();
    }

    @Override
    public void close() {
        sampling = false;
        sampler.interrupt();
    }
}
