package org.factdesk.article.service;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs CPU-heavy work (sentence detection) on a worker thread and hands the result back to the
 * caller's Vert.x context, where the reactive database session lives.
 */
final class Offload {

    private Offload() {
    }

    static <T> Uni<T> compute(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> offloaded = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? offloaded : offloaded.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
