package org.factdesk.article.service;

public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long bytes, long limit) {
        super("body is " + bytes + " bytes, the limit is " + limit + " bytes");
    }
}
