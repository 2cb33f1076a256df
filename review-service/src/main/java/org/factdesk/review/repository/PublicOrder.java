package org.factdesk.review.repository;

/** Orders of the public list, each newest first and each backed by its own partial index (V3 migration). */
public enum PublicOrder {
    /** By first publication: the list pages. */
    PUBLISHED("first_published_at"),
    /** By latest publication, corrections included: the feeds, where a correction shows up as an update. */
    UPDATED("published_at");

    private final String column;

    PublicOrder(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
