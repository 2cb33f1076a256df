package org.factdesk.article.service;

/**
 * The request collides with the stored data (a span that is already a claim, the claim limit); its subclass
 * {@link IllegalTransitionException} when the claim's status is what refuses it.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
