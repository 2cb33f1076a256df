package org.factdesk.support.rest;

import java.net.SocketException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Recognises failures that mean "PostgreSQL cannot be reached right now", as opposed to a bug. */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException) {
                return true;
            }
            // 08xxx: connection exceptions; 57P0x: the server is shutting down, crashed or not yet accepting.
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P0"))) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Connection refused") || message.contains("Connection reset")
                    || message.contains("Connection is not active")
                    || message.contains("Pool closed") || message.contains("connection was closed")) {
                return true;
            }
        }
        return false;
    }
}
