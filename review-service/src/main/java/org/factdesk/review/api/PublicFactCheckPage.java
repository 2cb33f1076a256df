package org.factdesk.review.api;

import java.util.List;

/** A page of published fact-checks; pass {@code next} as {@code after} for the following page (null: last page). */
public record PublicFactCheckPage(List<PublicFactCheckSummary> items, String next) {
}
