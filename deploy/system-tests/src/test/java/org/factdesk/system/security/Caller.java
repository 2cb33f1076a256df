package org.factdesk.system.security;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.factdesk.system.support.Jwts;
import org.factdesk.system.support.Tokens;

/** Who calls: a demo user with a good token, nobody, or someone holding a token the services must refuse. */
enum Caller {
    ANONYMOUS(null),
    EDITOR("editor"),
    REVIEWER("reviewer"),
    ADMIN("admin"),
    /** A demo partner's real client-credentials token: role partner, audience factdesk-partner-api only. */
    PARTNER(null),
    /** A real token of realm "other": same role names, foreign issuer. */
    OTHER_REALM(null),
    /** A real token of realm factdesk for a client whose tokens do not name the services as audience. */
    OTHER_CLIENT(null),
    /** A real admin token that has expired. */
    EXPIRED(null),
    /** An admin token whose signature was altered. */
    TAMPERED(null),
    /** An admin token re-issued unsigned with alg: none. */
    ALG_NONE(null),
    /** The editor's real signature over claims that were changed to make them admin. */
    ESCALATED(null);

    private final String role;
    private static volatile String expiredToken;

    Caller(String role) {
        this.role = role;
    }

    /** The realm role of a legitimate caller, empty for the others. */
    Optional<String> role() {
        return Optional.ofNullable(role);
    }

    /** The bearer token this caller sends, empty for anonymous. */
    Optional<String> token() {
        return switch (this) {
            case ANONYMOUS -> Optional.empty();
            case EDITOR, REVIEWER, ADMIN -> Optional.of(Tokens.of(role));
            case PARTNER -> Optional.of(Tokens.partner("partner-newswire"));
            case OTHER_REALM -> Optional.of(Tokens.of(Tokens.Client.OTHER_REALM, "admin"));
            case OTHER_CLIENT -> Optional.of(Tokens.of(Tokens.Client.OTHER_CLIENT, "admin"));
            case EXPIRED -> Optional.of(expired());
            case TAMPERED -> Optional.of(Jwts.tamperedSignature(Tokens.of("admin")));
            case ALG_NONE -> Optional.of(Jwts.algNone(Tokens.of("admin")));
            case ESCALATED -> Optional.of(Jwts.escalatedClaims(Tokens.of("editor")));
        };
    }

    /** A factdesk-expiring token (2 s) once its exp has passed. */
    private static String expired() {
        if (expiredToken == null) {
            String token = Tokens.expiring("admin");
            Instant expiry = Instant.ofEpochSecond(Jwts.claims(token).path("exp").asLong());
            // Waiting out the token's own lifetime is the fault being tested, not synchronisation.
            await("token expiry").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));
            expiredToken = token;
        }
        return expiredToken;
    }
}
