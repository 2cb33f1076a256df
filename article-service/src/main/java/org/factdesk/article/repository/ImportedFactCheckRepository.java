package org.factdesk.article.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.domain.ImportedFactCheck;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Other organisations' fact-checks: plain SQL, as they are written once and only read in lists and look-ups. */
@ApplicationScoped
public class ImportedFactCheckRepository {

    /** A stored import with its id and when and by whom it was imported. */
    public record Stored(UUID id, ImportedFactCheck fact, Instant importedAt, String importedBy) {
    }

    /** A stored import similar to a claim. */
    public record Similar(ImportedFactCheck fact, double similarity) {
    }

    private static final String COLUMNS = "url, claim_reviewed, rating_label, rating_value, best_rating, worst_rating, "
            + "publisher_name, publisher_url, claim_author, appearance_url, date_published, language";

    /**
     * Stores the fact-check unless one with its url is there already (the url is unique, so concurrent imports of the
     * same document store it once); true when it was stored now.
     */
    public Uni<Boolean> insertIfNew(ImportedFactCheck fact, Instant importedAt, String importedBy) {
        // Casts type the parameters that may be null.
        String sql = "insert into imported_fact_check (id, " + COLUMNS + ", imported_at, imported_by) values (?1, ?2, ?3, "
                + "?4, cast(?5 as integer), cast(?6 as integer), cast(?7 as integer), ?8, cast(?9 as varchar), "
                + "cast(?10 as varchar), cast(?11 as varchar), cast(?12 as timestamptz), cast(?13 as varchar), ?14, ?15) "
                + "on conflict (url) do nothing";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, fact.url())
                .setParameter(3, fact.claimReviewed())
                .setParameter(4, fact.ratingLabel())
                .setParameter(5, fact.ratingValue())
                .setParameter(6, fact.bestRating())
                .setParameter(7, fact.worstRating())
                .setParameter(8, fact.publisherName())
                .setParameter(9, fact.publisherUrl())
                .setParameter(10, fact.claimAuthor())
                .setParameter(11, fact.appearanceUrl())
                .setParameter(12, fact.datePublished() == null ? null : fact.datePublished().atOffset(ZoneOffset.UTC))
                .setParameter(13, fact.language())
                .setParameter(14, importedAt.atOffset(ZoneOffset.UTC))
                .setParameter(15, importedBy)
                .executeUpdate())
                .map(count -> count == 1);
    }

    /** Newest imports first; {@code after} is the last row of the previous page. */
    public Uni<List<Stored>> page(Optional<PageCursor> after, int limit) {
        String sql = "select id, " + COLUMNS + ", imported_at, imported_by from imported_fact_check"
                + (after.isPresent() ? " where (imported_at, id) < (?2, ?3)" : "")
                + " order by imported_at desc, id desc limit ?1";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class).setParameter(1, limit);
            after.ifPresent(cursor -> query.setParameter(2, cursor.createdAt().atOffset(ZoneOffset.UTC))
                    .setParameter(3, cursor.id()));
            return query.getResultList();
        }).map(rows -> {
            List<Stored> stored = new ArrayList<>();
            for (Object[] row : rows) {
                stored.add(new Stored((UUID) row[0], fact(row, 1), instant(row[13]), (String) row[14]));
            }
            return stored;
        });
    }

    /**
     * Imports whose claim is trigram-similar to {@code text}, most similar first. The "%" operator uses the GIN index
     * (threshold set for this transaction); the explicit comparison keeps the answer right without it.
     */
    public Uni<List<Similar>> findSimilar(String text, double threshold, int limit) {
        String sql = "select " + COLUMNS + ", similarity(claim_reviewed, ?1) as sim from imported_fact_check "
                + "where claim_reviewed % ?1 and similarity(claim_reviewed, ?1) >= ?2 order by sim desc, id limit ?3";
        return Panache.getSession().chain(session -> TrigramThreshold.then(session, threshold,
                () -> session.createNativeQuery(sql, Object[].class)
                        .setParameter(1, text)
                        .setParameter(2, threshold)
                        .setParameter(3, limit)
                        .getResultList()))
                .map(rows -> {
                    List<Similar> similar = new ArrayList<>();
                    for (Object[] row : rows) {
                        similar.add(new Similar(fact(row, 0), ((Number) row[12]).doubleValue()));
                    }
                    return similar;
                });
    }

    private static ImportedFactCheck fact(Object[] row, int from) {
        return new ImportedFactCheck((String) row[from], (String) row[from + 1], (String) row[from + 2],
                (Integer) row[from + 3], (Integer) row[from + 4], (Integer) row[from + 5], (String) row[from + 6],
                (String) row[from + 7], (String) row[from + 8], (String) row[from + 9], instant(row[from + 10]),
                (String) row[from + 11]);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
