package org.factdesk.support.messaging;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * A background job that a poll and wake-ups both start (outbox relay, webhook and mail dispatchers): it runs once at a
 * time per replica, and a start during a run makes it run once more right after, so a wake-up is never lost. A failed
 * run is logged and left to the next start.
 */
public final class OneRunAtATime {

    private static final Logger LOG = Logger.getLogger(OneRunAtATime.class);

    private final String name;
    private final Supplier<Uni<Void>> job;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean runAgain = new AtomicBoolean();

    public OneRunAtATime(String name, Supplier<Uni<Void>> job) {
        this.name = name;
        this.job = job;
    }

    /** Completes when this run ends, or at once when another run is under way (which then runs again). */
    public Uni<Void> run() {
        if (!running.compareAndSet(false, true)) {
            runAgain.set(true);
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(job::get)
                .onFailure().invoke(failure -> LOG.warnf("%s failed, will retry: %s", name, failure))
                .onFailure().recoverWithNull()
                .eventually(() -> {
                    running.set(false);
                    if (runAgain.getAndSet(false)) {
                        runNow();
                    }
                });
    }

    /** Fire and forget, for a wake-up. */
    public void runNow() {
        run().subscribe().with(done -> {
        }, failure -> LOG.warnf("%s failed, will retry: %s", name, failure));
    }
}
