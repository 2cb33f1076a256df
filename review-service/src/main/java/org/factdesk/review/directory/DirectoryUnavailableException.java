package org.factdesk.review.directory;

/** The identity provider could not be asked who the reviewers are; the API answers 503 and changes nothing. */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String reason) {
        super("the user directory (Keycloak) is unavailable: " + reason);
    }
}
