package org.factdesk.review.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's settings of the desk: the language of the UI and of their e-mails, and which notification kinds also
 * go out by e-mail.
 */
public record UserPreferences(String language, Set<NotificationKind> emailKinds) {

    /** The languages the UI and the mails are written in; a new one needs its catalogue first. */
    public static final Set<String> LANGUAGES = Set.of("en", "es");

    public static final UserPreferences DEFAULTS = new UserPreferences("en", EnumSet.allOf(NotificationKind.class));

    public UserPreferences {
        emailKinds = Set.copyOf(emailKinds);
    }
}
