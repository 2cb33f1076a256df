package org.factdesk.review.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.Notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/**
 * Inboxes. Every read and update names the recipient, so no query reaches another person's notifications; the
 * writes run in the caller's transaction (the change that caused them).
 */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Newest first (index notification_inbox), up to {@code limit} after the cursor. */
    public Uni<List<Notification>> page(String recipient, boolean unreadOnly, ListCursor after, int limit) {
        Parameters params = Parameters.with("recipient", recipient);
        String where = "recipient = :recipient";
        if (unreadOnly) {
            where += " and readAt is null";
        }
        if (after != null) {
            where += " and (createdAt, id) < (:at, :id)";
            params.and("at", after.at()).and("id", UUID.fromString(after.id()));
        }
        return find(where + " order by createdAt desc, id desc", params).range(0, limit - 1).list();
    }

    public Uni<Long> unread(String recipient) {
        return count("recipient = ?1 and readAt is null", recipient);
    }

    /** @return whether the recipient has this notification (read before or now) */
    public Uni<Boolean> markRead(String recipient, UUID id, Instant at) {
        return update("readAt = coalesce(readAt, ?1) where id = ?2 and recipient = ?3", at, id, recipient)
                .map(updated -> updated > 0);
    }

    public Uni<Integer> markAllRead(String recipient, Instant at) {
        return update("readAt = ?1 where recipient = ?2 and readAt is null", at, recipient);
    }

    /**
     * Queues the notification's e-mail in the caller's transaction, unless its recipient turned mail off for its
     * kind (a user without preferences gets every kind).
     */
    public Uni<Void> queueMail(Notification notification) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "insert into notification_mail (notification_id, next_attempt_at) select :id, :at "
                        + "where coalesce((select :kind = any (p.email_kinds) from user_preference p "
                        + "where p.username = :recipient), true)")
                .setParameter("id", notification.id).setParameter("at", notification.createdAt.atOffset(ZoneOffset.UTC))
                .setParameter("kind", notification.kind.name()).setParameter("recipient", notification.recipient)
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Open reviews past their due time that have no overdue notification for that due time yet, locked so that two
     * replicas sweeping at once take different ones: their ids and the notification key to use.
     */
    public Uni<List<OverdueReview>> overdue(Instant now, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select i.id, 'OVERDUE:' || i.id || ':' || (extract(epoch from i.due_at)::bigint) from review_item i "
                        + "where i.due_at < :now and i.state in ('QUEUED', 'IN_RESEARCH', 'SUBMITTED', 'CHANGES_REQUESTED') "
                        + "and not exists (select 1 from notification n where n.dedupe_key = "
                        + "'OVERDUE:' || i.id || ':' || (extract(epoch from i.due_at)::bigint)) "
                        + "order by i.due_at limit :limit for update of i skip locked",
                Object[].class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("limit", limit)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new OverdueReview((UUID) row[0], (String) row[1])).toList());
    }

    /** @param dedupeKey the key of its one overdue notification (NotificationRecipients gives it one recipient) */
    public record OverdueReview(UUID reviewId, String dedupeKey) {
    }
}
