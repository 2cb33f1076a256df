package org.factdesk.review.messaging;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.factdesk.review.repository.NotificationMailRepository.DueMail;

import io.quarkus.mailer.Mail;

/**
 * A notification as an e-mail in the recipient's language (resources mail/notifications_*.properties, one per
 * language of the UI): the subject says what moved, the body quotes the claim and links to the review.
 */
final class NotificationMails {

    private static final String BUNDLE = "mail.notifications";

    private NotificationMails() {
    }

    static Mail of(DueMail due, String address, String deskUrl) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(due.language()));
        String kind = due.kind().name();
        String actor = due.actor() == null ? text.getString("someone") : due.actor();
        String link = deskUrl.replaceAll("/+$", "") + "/reviews/" + due.reviewId();
        String subject = MessageFormat.format(text.getString(kind + ".subject"), excerpt(due.claimText(), 80));
        String body = MessageFormat.format(text.getString(kind + ".body"), actor) + "\n\n"
                + "\u201c" + due.claimText() + "\u201d\n\n"
                + MessageFormat.format(text.getString("open"), link) + "\n\n"
                + "-- \n" + text.getString("footer") + "\n";
        return Mail.withText(address, subject, body)
                // Lets a desk's mail rules and a test tell the notification it carries.
                .addHeader("X-Factdesk-Notification", due.notificationId().toString());
    }

    private static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
