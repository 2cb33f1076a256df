package org.factdesk.review.directory;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.review.domain.Actor;
import org.factdesk.review.service.ReviewerDirectory;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;

/**
 * Reviewers as Keycloak knows them, through the admin REST API with the review-service's own service account
 * (client review-service-directory, realm-management roles view-users and query-users). The admin URL is derived
 * from the realm URL the service already trusts, so there is no second address to keep in step.
 */
@ApplicationScoped
public class KeycloakReviewerDirectory implements ReviewerDirectory {

    static final String REVIEWER_ROLE = "reviewer";
    /** A Keycloak that does not answer must not hold an editor's request (and its transaction) for long. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KeycloakAdminApi api;
    private final OidcClient client;
    private final AtomicReference<Tokens> tokens = new AtomicReference<>();

    public KeycloakReviewerDirectory(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            OidcClient client) {
        this.client = client;
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(adminUri(realmUrl))
                .connectTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .build(KeycloakAdminApi.class);
    }

    /** http://host/realms/factdesk -> http://host/admin/realms/factdesk */
    static URI adminUri(String realmUrl) {
        String base = realmUrl.replaceAll("/+$", "");
        int realms = base.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("not a Keycloak realm URL: " + realmUrl);
        }
        return URI.create(base.substring(0, realms) + "/admin" + base.substring(realms));
    }

    @Override
    public Uni<Actor> reviewer(String username) {
        return bounded(bearer().flatMap(bearer -> user(bearer, username)
                .flatMap(user -> {
                    if (user == null) {
                        return Uni.createFrom().nullItem();
                    }
                    return api.realmRoles(bearer, user.id()).map(roles -> roles.stream()
                            .anyMatch(role -> REVIEWER_ROLE.equals(role.name()))
                                    ? new Actor(user.id(), user.username(), Set.of(REVIEWER_ROLE))
                                    : null);
                })));
    }

    @Override
    public Uni<String> emailAddress(String username) {
        return bounded(bearer().flatMap(bearer -> user(bearer, username)))
                .map(user -> user == null || user.email() == null || user.email().isBlank() ? null : user.email());
    }

    /** The enabled user of exactly this name (case-insensitive), or null. */
    private Uni<KeycloakAdminApi.User> user(String bearer, String username) {
        String wanted = username.strip().toLowerCase(Locale.ROOT);
        // exact=true can still return more than one user on some versions: only the equal name counts.
        return api.users(bearer, wanted, true, true, 2).map(users -> users.stream()
                .filter(u -> u.username() != null && u.username().toLowerCase(Locale.ROOT).equals(wanted))
                .filter(u -> !Boolean.FALSE.equals(u.enabled()))
                .findFirst().orElse(null));
    }

    @Override
    public Uni<List<Actor>> reviewers(int max) {
        return bounded(bearer().flatMap(bearer -> api.usersInRole(bearer, REVIEWER_ROLE, 0, max, true))
                .map(users -> users.stream()
                        .filter(user -> user.username() != null && !Boolean.FALSE.equals(user.enabled()))
                        .map(user -> new Actor(user.id(), user.username(), Set.of(REVIEWER_ROLE)))
                        .sorted(Comparator.comparing(Actor::name))
                        .toList()));
    }

    /** Every call to Keycloak: answered within the timeout, and any failure is "the directory is unavailable". */
    private static <T> Uni<T> bounded(Uni<T> call) {
        return call.ifNoItem().after(TIMEOUT).failWith(() -> new DirectoryUnavailableException("Keycloak did not answer"))
                .onFailure(failure -> !(failure instanceof DirectoryUnavailableException))
                .transform(failure -> new DirectoryUnavailableException(failure.getMessage()));
    }

    /** The service account's access token, fetched again when it is about to expire (refresh-token-time-skew). */
    private Uni<String> bearer() {
        Tokens current = tokens.get();
        if (current != null && !current.isAccessTokenExpired() && !current.isAccessTokenWithinRefreshInterval()) {
            return Uni.createFrom().item("Bearer " + current.getAccessToken());
        }
        return client.getTokens().invoke(tokens::set).map(fresh -> "Bearer " + fresh.getAccessToken());
    }
}
