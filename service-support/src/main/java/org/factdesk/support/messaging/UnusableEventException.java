package org.factdesk.support.messaging;

/** A consumed message that cannot be applied as it is; it goes to the dead-letter topic with this reason. */
public class UnusableEventException extends RuntimeException {

    public UnusableEventException(String message) {
        super(message);
    }

    public UnusableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
