package org.factdesk.gateway.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as a TLS-terminating reverse proxy in front of a gateway, the way an Ingress controller stands in
 * front of it in production: a self-signed certificate for localhost (made with openssl), a configuration of its own
 * (pid file, logs and temporary files all under the test's directory) and an nginx child process in the foreground.
 * The proxy sets the X-Forwarded-* headers itself, replacing whatever the browser sent.
 */
final class TlsProxy implements AutoCloseable {

    /** nginx from Debian's package (./factdesk test installs it). */
    private static final String NGINX = System.getProperty("factdesk.nginx", "/usr/sbin/nginx");

    final int port;
    private final Process process;
    private final Path directory;

    private TlsProxy(int port, Process process, Path directory) {
        this.port = port;
        this.process = process;
        this.directory = directory;
    }

    /** nginx on {@code port} with TLS, proxying to the gateway on {@code upstreamPort} of 127.0.0.1. */
    static TlsProxy start(Path directory, int port, int upstreamPort) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(Path.of(NGINX)), "Debian's nginx is installed (./factdesk test installs it): " + NGINX);
        Path temp = Files.createDirectories(directory.resolve("temp"));
        Path certificate = directory.resolve("localhost.crt");
        Path key = directory.resolve("localhost.key");
        run(directory, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key.toString(), "-out",
                certificate.toString());
        for (String log : List.of("error.log", "access.log", "nginx.out")) {
            Files.deleteIfExists(directory.resolve(log));
        }
        Path configuration = directory.resolve("nginx.conf");
        Files.writeString(configuration, configuration(directory, temp, certificate, key, port, upstreamPort));
        Path log = directory.resolve("nginx.out");
        Process process = new ProcessBuilder(NGINX, "-p", directory.toString(), "-e", directory.resolve("error.log").toString(),
                "-c", configuration.toString(), "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        TlsProxy proxy = new TlsProxy(port, process, directory);
        try {
            await("nginx listening on " + port + " (log: " + directory.resolve("error.log") + ")")
                    .atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .failFast(() -> assertTrue(process.isAlive(), () -> "nginx exited:\n" + proxy.errorLog()))
                    .until(() -> accepts(port));
        } catch (RuntimeException | Error e) {
            proxy.close();
            throw e;
        }
        return proxy;
    }

    private static String configuration(Path directory, Path temp, Path certificate, Path key, int port, int upstreamPort) {
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/client_body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    server {
                        listen 127.0.0.1:%3$d ssl;
                        server_name localhost;
                        ssl_certificate %4$s;
                        ssl_certificate_key %5$s;
                        ssl_protocols TLSv1.2 TLSv1.3;
                        location / {
                            proxy_pass http://127.0.0.1:%6$d;
                            proxy_http_version 1.1;
                            proxy_set_header Host $host:$server_port;
                            # What the browser sent under these names is replaced, never passed on or appended to.
                            proxy_set_header X-Forwarded-Proto https;
                            proxy_set_header X-Forwarded-Host $host:$server_port;
                            proxy_set_header X-Forwarded-Port $server_port;
                            proxy_set_header X-Forwarded-For $remote_addr;
                            proxy_set_header Forwarded "";
                            proxy_set_header X-Real-IP "";
                            # The session is the encrypted tokens in three cookies, over 5 KB of Set-Cookie after
                            # the login: with nginx's default 4 KB for the response header, the login ends in a 502
                            # ("upstream sent too big header"). The production Ingress sets the same size.
                            proxy_buffer_size 16k;
                            proxy_buffers 4 16k;
                            # The live updates (/api/live) are a Server-Sent Events stream: no buffering, long reads.
                            proxy_buffering off;
                            proxy_read_timeout 1h;
                            proxy_set_header Connection "";
                        }
                    }
                }
                """.formatted(directory, temp, port, certificate, key, upstreamPort);
    }

    String errorLog() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("error.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no error log: " + e.getMessage() + ")";
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
    }

    /** SIGTERM: nginx's fast shutdown; SIGKILL if it has not stopped after 10 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
