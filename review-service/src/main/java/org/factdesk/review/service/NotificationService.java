package org.factdesk.review.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.NotificationConfig;
import org.factdesk.review.domain.Notification;
import org.factdesk.review.domain.NotificationKind;
import org.factdesk.review.domain.UserPreferences;
import org.factdesk.review.repository.ListCursor;
import org.factdesk.review.repository.NotificationRepository;
import org.factdesk.review.repository.PreferenceRepository;
import org.factdesk.review.repository.ReviewItemRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Each person's inbox and settings (always their own: every call names the caller), and the overdue sweep. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final ReviewItemRepository items;
    private final Notifier notifier;
    private final NotificationConfig config;

    public NotificationService(NotificationRepository notifications, PreferenceRepository preferences,
            ReviewItemRepository items, Notifier notifier, NotificationConfig config) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.items = items;
        this.notifier = notifier;
        this.config = config;
    }

    @WithSession
    public Uni<List<Notification>> page(String recipient, boolean unreadOnly, ListCursor after, int limit) {
        return notifications.page(recipient, unreadOnly, after, limit);
    }

    @WithSession
    public Uni<Long> unread(String recipient) {
        return notifications.unread(recipient);
    }

    @WithTransaction
    public Uni<Void> markRead(String recipient, UUID id) {
        return notifications.markRead(recipient, id, Instant.now()).map(found -> {
            if (!found) {
                // Someone else's notification is answered like one that does not exist: ids reveal nothing.
                throw ReviewProblem.notFound("you have no notification " + id);
            }
            return null;
        });
    }

    @WithTransaction
    public Uni<Integer> markAllRead(String recipient) {
        return notifications.markAllRead(recipient, Instant.now());
    }

    public Uni<UserPreferences> preferences(String username) {
        return preferences.find(username);
    }

    public Uni<UserPreferences> savePreferences(String username, UserPreferences wanted) {
        if (!UserPreferences.LANGUAGES.contains(wanted.language())) {
            throw ReviewProblem.badRequest("language", "must be one of " + UserPreferences.LANGUAGES.stream().sorted()
                    .toList());
        }
        return preferences.save(username, wanted, Instant.now());
    }

    /** Whether mails go out at all (SMTP configured); the settings page says so. */
    public boolean mailAvailable() {
        return config.mail().enabled();
    }

    /**
     * One overdue notification per review and due time: a review whose due time passed tells the person it waits on,
     * once (a new due time can make it overdue again). One batch per transaction.
     *
     * @return how many reviews were found overdue in this batch
     */
    @WithTransaction
    public Uni<Integer> sweepOverdue(Instant now) {
        return notifications.overdue(now, config.overdueBatchSize())
                .flatMap(overdue -> Multi.createFrom().iterable(overdue)
                        .onItem().transformToUniAndConcatenate(review -> items.findById(review.reviewId())
                                .flatMap(item -> notifier.notify(NotificationKind.OVERDUE, item, null, now,
                                        review.dedupeKey())))
                        .collect().asList()
                        .map(List::size));
    }
}
