package org.factdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operating-system process behind a service's port: its pid, resident memory and environment. */
public record ServiceProcess(String name, int port, long pid) {

    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    /** The process listening on {@code port} on this machine, found with {@code ss}; empty when none (or not ours to see). */
    public static Optional<ServiceProcess> listeningOn(String name, int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor(10, TimeUnit.SECONDS);
            Matcher matcher = PID.matcher(out);
            return matcher.find() ? Optional.of(new ServiceProcess(name, port, Long.parseLong(matcher.group(1))))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Resident set size now, in MiB. */
    public OptionalLong rssMiB() {
        return statusField("VmRSS");
    }

    /** Peak resident set size since the process started, in MiB. */
    public OptionalLong peakRssMiB() {
        return statusField("VmHWM");
    }

    /** A variable of the environment the process was started with (readable by root or the owner). */
    public Optional<String> environment(String variable) {
        try {
            String environ = Files.readString(Path.of("/proc", String.valueOf(pid), "environ"), StandardCharsets.UTF_8);
            for (String entry : environ.split("\0")) {
                if (entry.startsWith(variable + "=")) {
                    return Optional.of(entry.substring(variable.length() + 1));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** CPU time (user + system) the process has used so far, in seconds. */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[11] = utime, fields[12] = stime (clock ticks; 100 per second on Linux)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private OptionalLong statusField(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    String kb = line.substring(field.length() + 1).trim().split("\\s+")[0];
                    return OptionalLong.of(Long.parseLong(kb) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
