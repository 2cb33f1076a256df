package org.factdesk.review.api;

/** Documented length limits of text fields (characters), matching the database columns. */
public final class Limits {
    public static final int USERNAME = 200;
    public static final int NOTE = 10_000;
    public static final int URL = 2048;
    public static final int TITLE = 500;
    public static final int PUBLISHER = 200;
    public static final int QUOTE = 5000;
    public static final int LABEL = 120;
    public static final int SUMMARY = 2000;
    public static final int EXPLANATION = 20_000;
    public static final int REASON = 2000;

    private Limits() {
    }
}
