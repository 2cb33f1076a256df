package org.factdesk.support.messaging;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Work done in bounded batches, each in its own transaction, by sweeps that drain a backlog. */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code batch} again while it comes back full ({@code batchSize} rows or more), one after the other.
     *
     * @return the rows of all batches
     */
    public static Uni<Long> drain(Supplier<Uni<? extends Integer>> batch, int batchSize) {
        return Multi.createBy().repeating().uni(batch)
                .whilst((Integer rows) -> rows >= batchSize)
                .collect().with(Collectors.summingLong(Integer::longValue));
    }
}
