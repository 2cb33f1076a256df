package org.factdesk.article.api;

import java.util.List;

/**
 * What an import did, item by item in document order: IMPORTED (stored now) or DUPLICATE (its url was imported
 * before, or appeared earlier in the same document: nothing changed).
 */
public record ImportReport(int received, int imported, int duplicates, List<Item> items) {

    public enum Outcome {
        IMPORTED,
        DUPLICATE
    }

    public record Item(int index, String url, Outcome outcome) {
    }
}
