package org.factdesk.article.repository;

import java.util.function.Supplier;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** pg_trgm's similarity threshold for the "%" operator, which the trigram GIN indexes answer. */
final class TrigramThreshold {

    private TrigramThreshold() {
    }

    /** Sets the threshold for this transaction only, then runs the query on the same session. */
    static <T> Uni<T> then(Mutiny.Session session, double threshold, Supplier<Uni<T>> query) {
        return session.createNativeQuery("select set_config('pg_trgm.similarity_threshold', ?1, true)")
                .setParameter(1, Double.toString(threshold))
                .getSingleResult()
                .chain(ignored -> query.get());
    }
}
