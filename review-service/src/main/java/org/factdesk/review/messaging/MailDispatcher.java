package org.factdesk.review.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.config.NotificationConfig;
import org.factdesk.review.domain.RetryBackoff;
import org.factdesk.review.repository.NotificationMailRepository;
import org.factdesk.review.repository.NotificationMailRepository.DueMail;
import org.factdesk.review.service.ReviewerDirectory;
import org.factdesk.support.messaging.Batches;
import org.factdesk.support.messaging.OneRunAtATime;

import io.quarkus.logging.Log;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sends the queued notification e-mails (after each commit that may have queued some, and on a poll for retries):
 * leases due mails, looks up each recipient's address in the directory, and sends it in their language. A failure
 * (directory or SMTP server unavailable) is retried with back-off until the last attempt; a recipient without an
 * address is recorded as such. Every outcome is written before the lease ends, so a crash only means a mail is sent
 * again; each carries its notification id (X-Factdesk-Notification).
 */
@ApplicationScoped
public class MailDispatcher {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final NotificationMailRepository mails;
    private final ReviewerDirectory directory;
    private final ReactiveMailer mailer;
    private final NotificationConfig.Mail config;
    private final RetryBackoff backoff;
    private final OneRunAtATime runs = new OneRunAtATime("mail dispatch", this::drain);

    public MailDispatcher(NotificationMailRepository mails, ReviewerDirectory directory, ReactiveMailer mailer,
            NotificationConfig config) {
        this.mails = mails;
        this.directory = directory;
        this.mailer = mailer;
        this.config = config.mail();
        this.backoff = new RetryBackoff(this.config.initialBackoff(), this.config.maxBackoff());
    }

    /** {@link OutboxWakeUp} heard a commit, which may have queued mails. */
    void runNow() {
        if (config.enabled()) {
            runs.runNow();
        }
    }

    @Scheduled(every = "${factdesk.notifications.mail.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> dispatch() {
        return config.enabled() ? runs.run() : Uni.createFrom().voidItem();
    }

    /** Batch after batch while batches come back full, so a backlog drains without waiting for the poll. */
    private Uni<Void> drain() {
        return Batches.drain(this::sendBatch, config.batchSize()).replaceWithVoid();
    }

    private Uni<Integer> sendBatch() {
        return mails.leaseDue(config.batchSize(), Instant.now(), config.lease())
                .flatMap(batch -> batch.isEmpty() ? Uni.createFrom().item(0)
                        : Multi.createFrom().iterable(batch)
                                .onItem().transformToUniAndMerge(this::send)
                                .collect().asList().map(List::size));
    }

    private Uni<Void> send(DueMail due) {
        return directory.emailAddress(due.recipient())
                .flatMap(address -> {
                    if (address == null) {
                        Log.infof("no e-mail address for %s; notification %s stays in the inbox only", due.recipient(),
                                due.notificationId());
                        return mails.noAddress(due.notificationId());
                    }
                    return mailer.send(NotificationMails.of(due, address, config.deskUrl()))
                            .flatMap(sent -> mails.sent(due.notificationId(), Instant.now()));
                })
                .onFailure().recoverWithUni(failure -> failed(due, failure));
    }

    private Uni<Void> failed(DueMail due, Throwable failure) {
        String error = String.valueOf(failure.getMessage());
        error = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (due.attempts() >= config.maxAttempts()) {
            Log.warnf("giving up the mail of notification %s after %d attempts: %s", due.notificationId(),
                    due.attempts(), error);
            return mails.failed(due.notificationId(), error);
        }
        return mails.retryAt(due.notificationId(), error, Instant.now().plus(backoff.after(due.attempts())));
    }
}
