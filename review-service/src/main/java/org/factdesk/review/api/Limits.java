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
    public static final int WEBHOOK_URL = 2000;
    public static final int WEBHOOK_DESCRIPTION = 300;
    /** Webhook endpoints a desk may register. */
    public static final int WEBHOOKS_MAX = 100;
    /** Page size of an item's notes, sources and audit trail, and of each list embedded in the item's view. */
    public static final int LIST_PAGE_DEFAULT = 50;
    public static final int LIST_PAGE_MAX = 100;

    private Limits() {
    }
}
