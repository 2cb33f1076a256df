package org.factdesk.review.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.factdesk.review.domain.NotificationKind;
import org.factdesk.review.domain.UserPreferences;

/**
 * A person's settings, read and written whole: the UI language and which notifications also come by e-mail.
 * {@code email.available} says whether this desk sends mail at all; it is ignored when saving.
 */
public record PreferencesView(@NotBlank @Size(max = 10) String language, @Valid @NotNull Email email) {

    public record Email(Boolean available, @NotNull @Size(max = 20) List<@NotNull NotificationKind> kinds) {
    }

    public static PreferencesView of(UserPreferences preferences, boolean mailAvailable) {
        return new PreferencesView(preferences.language(),
                new Email(mailAvailable, preferences.emailKinds().stream().sorted().toList()));
    }

    public UserPreferences toPreferences() {
        Set<NotificationKind> kinds = email.kinds().isEmpty() ? EnumSet.noneOf(NotificationKind.class)
                : EnumSet.copyOf(email.kinds());
        return new UserPreferences(language.strip(), kinds);
    }
}
