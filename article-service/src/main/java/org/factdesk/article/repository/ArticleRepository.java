package org.factdesk.article.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.domain.Article;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    static <T> List<T> inOrder(List<UUID> ids, List<T> found, java.util.function.Function<T, UUID> id) {
        java.util.Map<UUID, T> byId = new java.util.HashMap<>();
        found.forEach(item -> byId.put(id.apply(item), item));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * One page of articles, newest first. Keyset pagination on (created_at, id) so a page deep in the
     * list costs the same as the first; full text via the GIN-indexed tsvector column.
     */
    public Uni<List<Article>> search(ArticleQuery query) {
        StringBuilder sql = new StringBuilder("select a.id from article a where true");
        List<Object> parameters = new ArrayList<>();
        query.text().ifPresent(text -> {
            parameters.add(text);
            sql.append(" and a.search @@ websearch_to_tsquery('english', ?").append(parameters.size()).append(")");
        });
        query.status().ifPresent(status -> {
            parameters.add(status.name());
            sql.append(" and a.status = ?").append(parameters.size());
        });
        query.author().ifPresent(author -> {
            parameters.add(author.toLowerCase());
            sql.append(" and lower(a.author) = ?").append(parameters.size());
        });
        query.from().ifPresent(from -> {
            parameters.add(from);
            sql.append(" and a.created_at >= ?").append(parameters.size());
        });
        query.to().ifPresent(to -> {
            parameters.add(to);
            sql.append(" and a.created_at < ?").append(parameters.size());
        });
        query.after().ifPresent(cursor -> {
            parameters.add(cursor.createdAt());
            parameters.add(cursor.id());
            sql.append(" and (a.created_at, a.id) < (?").append(parameters.size() - 1)
                    .append(", ?").append(parameters.size()).append(")");
        });
        parameters.add(query.limit());
        sql.append(" order by a.created_at desc, a.id desc limit ?").append(parameters.size());
        // The page's ids come from the indexes; the entities are then loaded by id and put back in page order.
        return getSession().chain(session -> {
            var nativeQuery = session.createNativeQuery(sql.toString(), UUID.class);
            for (int i = 0; i < parameters.size(); i++) {
                nativeQuery.setParameter(i + 1, parameters.get(i));
            }
            return nativeQuery.getResultList();
        }).chain(ids -> ids.isEmpty()
                ? Uni.createFrom().item(List.<Article> of())
                : list("from Article a where a.id in ?1", ids).map(found -> inOrder(ids, found, article -> article.id)));
    }
}
