package org.factdesk.article.service;

/** The request does not fit the resource's current state (e.g. queueing a dismissed claim). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
