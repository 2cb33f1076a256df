package org.factdesk.article.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.domain.Claim;
import org.factdesk.article.domain.ClaimStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /**
     * Stores the review the claim was placed under (Claim.reviewId, a column the entity's own update leaves alone),
     * unless one is stored already. A statement of its own, so the claim's version stays as it is.
     */
    public Uni<Void> storeReview(Claim claim) {
        return getSession().chain(session -> session
                .createNativeQuery("update claim set review_id = :review where id = :id and review_id is null")
                .setParameter("review", claim.reviewId)
                .setParameter("id", claim.id)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Claims of one article in document order; claims whose sentence was edited away come last. */
    public Uni<List<Claim>> listByArticle(UUID articleId) {
        return list("from Claim c where c.articleId = ?1 order by c.start nulls last, c.end, c.createdAt", articleId);
    }

    public Uni<List<Claim>> listByIds(UUID articleId, Collection<UUID> ids) {
        return list("from Claim c where c.articleId = ?1 and c.id in ?2", articleId, ids);
    }

    /** Claim counts per article and status, for the article list. */
    public Uni<Map<UUID, Map<ClaimStatus, Long>>> countByStatus(Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession()
                .chain(session -> session.createSelectionQuery(
                        "select c.articleId, c.status, count(c) from Claim c where c.articleId in ?1 group by c.articleId, c.status",
                        Object[].class)
                        .setParameter(1, articleIds)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, Map<ClaimStatus, Long>> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.computeIfAbsent((UUID) row[0], id -> new HashMap<>()).put((ClaimStatus) row[1], (Long) row[2]);
                    }
                    return counts;
                });
    }

    /**
     * Editors' queue across articles, newest first. The row comparison on (created_at, id) is an index
     * condition, so a page deep in a million claims costs what the first page costs.
     */
    public Uni<List<Claim>> page(Optional<ClaimStatus> status, Optional<PageCursor> after, int limit) {
        StringBuilder sql = new StringBuilder("select c.id from claim c where true");
        List<Object> parameters = new ArrayList<>();
        status.ifPresent(value -> {
            parameters.add(value.name());
            sql.append(" and c.status = ?").append(parameters.size());
        });
        after.ifPresent(cursor -> {
            parameters.add(cursor.createdAt());
            parameters.add(cursor.id());
            sql.append(" and (c.created_at, c.id) < (?").append(parameters.size() - 1)
                    .append(", ?").append(parameters.size()).append(")");
        });
        parameters.add(limit);
        sql.append(" order by c.created_at desc, c.id desc limit ?").append(parameters.size());
        return getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), UUID.class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query.getResultList();
        }).chain(ids -> ids.isEmpty()
                ? Uni.createFrom().item(List.<Claim> of())
                : list("from Claim c where c.id in ?1", ids)
                        .map(found -> ArticleRepository.inOrder(ids, found, claim -> claim.id)));
    }

    /**
     * Earlier claims with a published verdict whose text is trigram-similar to {@code text}. The "%"
     * operator uses the partial GIN index; its threshold is set for this transaction only.
     */
    public Uni<List<ClaimMatch>> findCheckedSimilar(UUID excludedClaimId, String text, double threshold, int limit) {
        String sql = """
                select c.id, c.article_id, a.title, c.text, similarity(c.text, ?1) as sim
                from claim c join article a on a.id = c.article_id
                where c.verdict_rating is not null and c.id <> ?2 and c.text % ?1
                order by sim desc, c.id
                limit ?3""";
        return getSession().chain(session -> TrigramThreshold.then(session, threshold,
                () -> session.createNativeQuery(sql, Object[].class)
                        .setParameter(1, text)
                        .setParameter(2, excludedClaimId)
                        .setParameter(3, limit)
                        .getResultList()))
                .map(rows -> {
                    List<ClaimMatch> matches = new ArrayList<>();
                    for (Object[] row : rows) {
                        matches.add(new ClaimMatch((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                                ((Number) row[4]).doubleValue()));
                    }
                    return matches;
                });
    }
}
