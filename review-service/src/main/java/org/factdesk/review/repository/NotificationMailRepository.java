package org.factdesk.review.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.NotificationKind;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The queue of notification e-mails (queued by {@link NotificationRepository#queueMail}). Senders lease rows, so
 * that replicas share the work and a sender that dies only delays its mails until the lease runs out.
 */
@ApplicationScoped
public class NotificationMailRepository {

    private final Pool client;

    public NotificationMailRepository(Pool client) {
        this.client = client;
    }

    /** A mail to send: its notification and the recipient's language. */
    public record DueMail(UUID notificationId, String recipient, NotificationKind kind, UUID reviewId,
            String claimText, String actor, Instant createdAt, String language, int attempts) {
    }

    /** Leases up to {@code limit} due mails and counts the attempt now, so a crash mid-send still counts it. */
    public Uni<List<DueMail>> leaseDue(int limit, Instant now, Duration lease) {
        return client.preparedQuery("with due as (select notification_id from notification_mail "
                + "where status = 'PENDING' and next_attempt_at <= $1 and (leased_until is null or leased_until < $1) "
                + "order by next_attempt_at limit $2 for update skip locked), "
                + "leased as (update notification_mail m set leased_until = $3, attempts = m.attempts + 1 from due "
                + "where m.notification_id = due.notification_id returning m.notification_id, m.attempts) "
                + "select n.id, n.recipient, n.kind, n.review_id, n.claim_text, n.actor, n.created_at, "
                + "coalesce(p.language, 'en') language, leased.attempts from leased "
                + "join notification n on n.id = leased.notification_id "
                + "left join user_preference p on p.username = n.recipient")
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), limit, now.plus(lease).atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<DueMail> due = new ArrayList<>();
                    rows.forEach(row -> due.add(new DueMail(row.getUUID("id"), row.getString("recipient"),
                            NotificationKind.valueOf(row.getString("kind")), row.getUUID("review_id"),
                            row.getString("claim_text"), row.getString("actor"),
                            row.getOffsetDateTime("created_at").toInstant(), row.getString("language"),
                            row.getInteger("attempts"))));
                    return due;
                });
    }

    public Uni<Void> sent(UUID notificationId, Instant at) {
        return finish(notificationId, "SENT", null, at);
    }

    /** The recipient has no e-mail address in the directory: nothing to retry. */
    public Uni<Void> noAddress(UUID notificationId) {
        return finish(notificationId, "NO_ADDRESS", null, null);
    }

    public Uni<Void> failed(UUID notificationId, String error) {
        return finish(notificationId, "FAILED", error, null);
    }

    public Uni<Void> retryAt(UUID notificationId, String error, Instant next) {
        return client.preparedQuery("update notification_mail set leased_until = null, last_error = $2, "
                + "next_attempt_at = $3 where notification_id = $1")
                .execute(Tuple.of(notificationId, error, next.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    private Uni<Void> finish(UUID notificationId, String status, String error, Instant sentAt) {
        return client.preparedQuery("update notification_mail set status = $2, leased_until = null, last_error = $3, "
                + "sent_at = $4 where notification_id = $1")
                .execute(Tuple.of(notificationId, status, error, sentAt == null ? null : sentAt.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
