package org.factdesk.review.notifications;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server on loopback for the review-service's notification mails: Debian's aiosmtpd (installed by
 * ./factdesk test) with a handler that writes each received message as a JSON file (src/test/resources/smtp).
 */
public class SmtpReceiver implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP = Duration.ofSeconds(20);
    private static volatile Path mailbox;
    private Process server;

    /** A received mail: envelope recipients, decoded subject, headers and plain text body. */
    public record ReceivedMail(List<String> to, String subject, Map<String, String> headers, String text) {

        public String notificationId() {
            return headers.getOrDefault("X-Factdesk-Notification", "");
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            Path work = Files.createTempDirectory("smtp-receiver");
            try (InputStream handler = SmtpReceiver.class.getResourceAsStream("/smtp/smtp_receiver.py")) {
                Files.copy(handler, work.resolve("smtp_receiver.py"));
            }
            mailbox = Files.createDirectory(work.resolve("mailbox"));
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l",
                    "127.0.0.1:" + port, "-c", "smtp_receiver.JsonMailbox", mailbox.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
            builder.environment().put("PYTHONPATH", work.toString());
            server = builder.start();
            awaitListening(port);
            return Map.of("factdesk.notifications.mail.enabled", "true",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", Integer.toString(port),
                    "quarkus.mailer.start-tls", "DISABLED");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the SMTP receiver (python3-aiosmtpd installed?)", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.destroy();
        }
    }

    /** Every mail received so far, in no particular order. */
    public static List<ReceivedMail> received() {
        try (Stream<Path> files = Files.list(mailbox)) {
            return files.filter(file -> file.toString().endsWith(".json")).map(SmtpReceiver::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReceivedMail read(Path file) {
        try {
            JsonNode mail = JSON.readTree(file.toFile());
            return new ReceivedMail(JSON.convertValue(mail.get("to"), JSON.getTypeFactory().constructCollectionType(
                    List.class, String.class)), mail.get("subject").asText(),
                    JSON.convertValue(mail.get("headers"), JSON.getTypeFactory().constructMapType(Map.class,
                            String.class, String.class)),
                    mail.get("text").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(int port) {
        await("aiosmtpd listening on " + port).atMost(STARTUP).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!server.isAlive()) {
                throw new IllegalStateException("aiosmtpd exited with " + server.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }
}
