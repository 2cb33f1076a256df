package org.factdesk.review.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.NotificationConfig;
import org.factdesk.review.domain.Notification;
import org.factdesk.review.domain.NotificationKind;
import org.factdesk.review.domain.NotificationRecipients;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.events.OutboxWriter;
import org.factdesk.review.repository.NotificationRepository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Writes the notifications a change causes, inside its transaction: the inbox rows, their live event (outbox, so it
 * is sent only if the change commits) and, when mail is on, their e-mails to the mail queue.
 */
@ApplicationScoped
public class Notifier {

    private final NotificationRepository notifications;
    private final OutboxWriter outbox;
    private final boolean mail;

    public Notifier(NotificationRepository notifications, OutboxWriter outbox, NotificationConfig config) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.mail = config.mail().enabled();
    }

    /** @param actor who made the change (never notified of it); null for the overdue sweep */
    public Uni<Void> notify(NotificationKind kind, ReviewItem item, String actor, Instant at) {
        return notify(kind, item, actor, at, null);
    }

    /** @param dedupeKey the notification's unique key when it must be raised once per cause (null: always new) */
    Uni<Void> notify(NotificationKind kind, ReviewItem item, String actor, Instant at, String dedupeKey) {
        return Multi.createFrom().iterable(NotificationRecipients.of(kind, item, actor))
                .map(recipient -> Notification.of(kind, recipient, item, actor, at, dedupeKey))
                .onItem().transformToUniAndConcatenate(this::write)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> write(Notification notification) {
        return notifications.persist(notification)
                // The mail row references the notification: it must be in the database before that insert.
                .flatMap(saved -> notifications.flush())
                .flatMap(flushed -> outbox.notified(notification))
                .flatMap(written -> mail ? notifications.queueMail(notification) : Uni.createFrom().voidItem());
    }
}
