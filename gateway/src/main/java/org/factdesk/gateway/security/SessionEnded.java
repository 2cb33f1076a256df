package org.factdesk.gateway.security;

/**
 * A browser session that signed out on this replica: whatever was opened with it (live streams) ends now instead of
 * running on until its token expires.
 *
 * @param subject the user's {@code sub}
 * @param sessionId the Keycloak session ({@code sid}) that ended; null when the session carried none
 */
public record SessionEnded(String subject, String sessionId) {
}
