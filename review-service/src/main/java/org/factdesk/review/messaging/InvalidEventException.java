package org.factdesk.review.messaging;

/** A consumed message that cannot be applied as it is; it goes to the dead-letter topic with this reason. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidEventException(String message) {
        super(message);
    }
}
