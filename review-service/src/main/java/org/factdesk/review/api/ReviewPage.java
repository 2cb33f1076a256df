package org.factdesk.review.api;

import java.util.List;

/** A page of the queue; {@code next} is the cursor for the following page, or null on the last page. */
public record ReviewPage(List<ReviewSummary> items, String next) {
}
