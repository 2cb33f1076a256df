package org.factdesk.review.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Notifications: the overdue sweep and the e-mails that go out beside the inbox. */
@ConfigMapping(prefix = "factdesk.notifications")
public interface NotificationConfig {

    /** How often open reviews are checked for a due time that has passed (also the @Scheduled expression). */
    @WithDefault("30s")
    Duration overdueSweepInterval();

    /** Reviews taken per overdue sweep transaction; a backlog drains over the following sweeps. */
    @WithDefault("100")
    int overdueBatchSize();

    Mail mail();

    interface Mail {

        /**
         * Whether notifications also go out by e-mail; turn on only with an SMTP server configured
         * ({@code quarkus.mailer.*}). Off, no mail is queued.
         */
        @WithDefault("false")
        boolean enabled();

        /** The desk's address as readers of the mail reach it; links in mails point to reviews under it. */
        @WithDefault("http://localhost:8080")
        String deskUrl();

        /** How often the sender looks for retries that fell due (also the @Scheduled expression). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Mails taken per sender run; they are sent concurrently. */
        @WithDefault("20")
        int batchSize();

        /** How long a sender holds a mail it is sending; after that another replica may send it. */
        @WithDefault("60s")
        Duration lease();

        /** Back-off after the first failed attempt; it doubles with each further failure (with jitter). */
        @WithDefault("5s")
        Duration initialBackoff();

        /** The longest back-off between two attempts. */
        @WithDefault("30m")
        Duration maxBackoff();

        /** Attempts before a mail is given up (FAILED); the inbox still has the notification. */
        @WithDefault("10")
        int maxAttempts();
    }
}
