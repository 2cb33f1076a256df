package org.factdesk.system.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.factdesk.system.support.GatewaySession;

/**
 * A browser tab with the live stream open during the soak: reads events as they come, and when the stream ends (the
 * gateway was killed, the session's token expired) signs in again if it must and reconnects, as the UI does.
 */
final class SoakListener implements Runnable {

    /** Pacing between reconnects while the gateway or Keycloak is down, as EventSource's retry delay does. */
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final String user;
    private final BooleanSupplier stopped;
    private final SoakTally tally;
    private GatewaySession session;

    SoakListener(String user, BooleanSupplier stopped, SoakTally tally) {
        this.user = user;
        this.stopped = stopped;
        this.tally = tally;
    }

    @Override
    public void run() {
        while (!stopped.getAsBoolean()) {
            try {
                listenOnce();
            } catch (IOException | RuntimeException ended) {
                // The gateway went away mid-stream or refused the connection: reconnect like EventSource.
                tally.done("live streams broken by an outage");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause();
        }
    }

    private void listenOnce() throws IOException, InterruptedException {
        if (session == null) {
            session = GatewaySession.login(user);
        }
        HttpResponse<InputStream> response = session.liveStream();
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String problem = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                tally.answered("GET /api/live", response.statusCode(), problem);
                if (response.statusCode() == 401) {
                    session = null;
                }
                return;
            }
            tally.answered("GET /api/live", 200, null);
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null && !stopped.getAsBoolean(); line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    tally.done("live events received");
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
