package org.factdesk.article.service;

/** The client edited from an older version than the stored one. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, Object id, long given, long current) {
        super(what + " " + id + " is at version " + current + ", the request was based on version " + given
                + "; reload it and apply the change again");
    }

    public static void check(String what, Object id, long given, long current) {
        if (given != current) {
            throw new StaleVersionException(what, id, given, current);
        }
    }
}
