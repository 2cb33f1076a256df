package org.factdesk.system.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs many independent calls a few at a time: users work in parallel, and the suite must stay short. */
public final class Parallel {

    /** Four concurrent callers: enough to overlap requests without starving 2 cores. */
    private static final int CALLERS = 4;

    private Parallel() {
    }

    public static <T, R> List<R> map(List<T> inputs, Function<T, R> call) {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> call.apply(input)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
