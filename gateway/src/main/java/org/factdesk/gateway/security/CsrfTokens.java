package org.factdesk.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.gateway.config.GatewayConfig;

/**
 * CSRF tokens bound to the Keycloak session: HMAC-SHA256 over the subject and the session id ({@code sid})
 * of the ID token. Nothing is stored: every replica recomputes the same token from the session cookie and
 * the shared secret, a restart changes nothing, and a new login (new {@code sid}) gets a new token.
 */
@ApplicationScoped
public class CsrfTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    public CsrfTokens(GatewayConfig config) {
        String secret = config.csrf().secret();
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("factdesk.csrf.secret (FACTDESK_CSRF_SECRET) must have at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The token for this user's session; empty when the session carries no session id to bind to. */
    public Optional<String> tokenFor(SignedInUser user) {
        return user.claim("sid").map(sid -> sign(user.claim("sub").orElse(user.username()) + "\n" + sid));
    }

    /** Whether {@code presented} is this session's token, compared in constant time. */
    public boolean isValid(SignedInUser user, String presented) {
        return presented != null && tokenFor(user)
                .map(expected -> MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
