package org.factdesk.support.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** Which failures hold a message for another attempt, and which send it to the dead-letter topic at once. */
class UntilAppliedTest {

    private static final Duration QUICK = Duration.ofMillis(1);

    @Test
    void aValidEventIsRetriedPastAnyFixedNumberOfInfrastructureFailures() {
        AtomicInteger attempts = new AtomicInteger();
        // Twelve failures: more than the five retries that once dead-lettered events during a database restart.
        Uni<Void> applied = UntilApplied.apply(() -> attempts.incrementAndGet() <= 12
                ? Uni.createFrom().failure(new ConnectException("Connection refused: localhost/127.0.0.1:5432"))
                : Uni.createFrom().voidItem(), "claims.queued test", QUICK, QUICK);

        applied.await().atMost(Duration.ofMinutes(1));

        assertEquals(13, attempts.get());
    }

    @Test
    void anInvalidEventFailsAtOnceWithoutRetries() {
        AtomicInteger attempts = new AtomicInteger();
        Uni<Void> applied = UntilApplied.apply(() -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(new UnusableEventException("claimId: required"));
        }, "claims.queued test", QUICK, QUICK);

        UnusableEventException failure = assertThrows(UnusableEventException.class,
                () -> applied.await().atMost(Duration.ofSeconds(5)));

        assertEquals("claimId: required", failure.getMessage());
        assertEquals(1, attempts.get());
    }
}
