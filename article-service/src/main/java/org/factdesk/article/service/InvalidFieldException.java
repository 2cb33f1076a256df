package org.factdesk.article.service;

/** A value that passed syntax checks but is invalid against stored state, e.g. a span beyond the body. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
