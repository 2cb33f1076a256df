package org.factdesk.system.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

/** Keeps a stopped component down for the whole outage the scenario calls for. */
final class Outage {

    private Outage() {
    }

    /** Returns once {@code length} has passed since {@code since}; the work done meanwhile counts towards it. */
    static void lasts(Instant since, Duration length) {
        // The outage's length is the fault itself, so waiting for it is not synchronisation by sleeping.
        await("outage of " + length).atMost(length.plusSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> !Instant.now().isBefore(since.plus(length)));
    }
}
