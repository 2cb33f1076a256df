package org.factdesk.review.domain;

/**
 * An event that, well-formed as it is, can never apply to the state it names: not a race that a later event resolves
 * (those are applied or ignored), but a bug or a forgery upstream. Applying it would corrupt the review; retrying it
 * would block its partition for ever. The consumer sends it to the dead-letter topic with this message as the reason.
 */
public class ImpossibleEventException extends RuntimeException {

    public ImpossibleEventException(String message) {
        super(message);
    }
}
