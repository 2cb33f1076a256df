package org.factdesk.support.messaging;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Applies a valid event until it succeeds. Only an {@link UnusableEventException} fails the message (and sends it to
 * the dead-letter topic); every other failure is the database, Keycloak or the network being unavailable for a
 * while, so the consumer holds the message uncommitted and tries again with back-off for as long as it takes. The
 * partition waits meanwhile, which keeps per-claim order.
 */
public final class UntilApplied {

    // Not io.quarkus.logging.Log: its calls are rewritten only in application classes, and this is a library.
    private static final Logger LOG = Logger.getLogger(UntilApplied.class);
    private static final Duration FIRST_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_DELAY = Duration.ofSeconds(5);

    private UntilApplied() {
    }

    /**
     * Every (re)subscription runs on the consumer's Vert.x context: a back-off delay resumes on a worker thread,
     * where Hibernate Reactive cannot run.
     */
    public static Uni<Void> apply(Supplier<Uni<? extends Void>> effect, String what) {
        return apply(effect, what, FIRST_DELAY, MAX_DELAY);
    }

    public static Uni<Void> apply(Supplier<Uni<? extends Void>> effect, String what, Duration firstDelay, Duration maxDelay) {
        Context context = Vertx.currentContext();
        Uni<Void> attempt = Uni.createFrom().<Void> deferred(effect);
        if (context != null) {
            Executor onContext = command -> context.runOnContext(ignored -> command.run());
            attempt = attempt.runSubscriptionOn(onContext);
        }
        return attempt
                .onFailure(UntilApplied::isTransient).invoke(failure -> LOG.logf(
                        failure instanceof AwaitingEarlierEventException ? Logger.Level.DEBUG : Logger.Level.WARN,
                        "applying %s failed, retrying until it succeeds: %s", what, failure.toString()))
                .onFailure(UntilApplied::isTransient).retry().withBackOff(firstDelay, maxDelay).indefinitely();
    }

    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof UnusableEventException);
    }
}
