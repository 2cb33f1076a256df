package org.factdesk.review.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.NotificationKind;
import org.factdesk.review.domain.UserPreferences;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Per-user settings, by user name; a user without a row has {@link UserPreferences#DEFAULTS}. */
@ApplicationScoped
public class PreferenceRepository {

    private final Pool client;

    public PreferenceRepository(Pool client) {
        this.client = client;
    }

    public Uni<UserPreferences> find(String username) {
        return client.preparedQuery("select language, email_kinds from user_preference where username = $1")
                .execute(Tuple.of(username))
                .map(rows -> rows.size() == 0 ? UserPreferences.DEFAULTS : preferences(rows.iterator().next()));
    }

    public Uni<UserPreferences> save(String username, UserPreferences preferences, Instant at) {
        return client.preparedQuery("insert into user_preference (username, language, email_kinds, updated_at) "
                + "values ($1, $2, $3, $4) on conflict (username) do update set language = excluded.language, "
                + "email_kinds = excluded.email_kinds, updated_at = excluded.updated_at")
                .execute(Tuple.of(username, preferences.language(),
                        preferences.emailKinds().stream().map(Enum::name).sorted().toArray(String[]::new),
                        at.atOffset(ZoneOffset.UTC)))
                .replaceWith(preferences);
    }

    private static UserPreferences preferences(Row row) {
        Set<NotificationKind> kinds = Arrays.stream(row.getArrayOfStrings("email_kinds"))
                .map(NotificationKind::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new UserPreferences(row.getString("language"), kinds);
    }
}
