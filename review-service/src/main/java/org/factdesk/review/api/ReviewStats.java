package org.factdesk.review.api;

import java.util.Map;

/**
 * Dashboard figures: items per state, open items past their due time, median seconds items spent in each state
 * before leaving it, published verdicts per rating, and open items per assignee.
 */
public record ReviewStats(Map<String, Long> countsByState, long overdue, Map<String, Double> medianSecondsInState,
        Map<String, Long> verdictMix, Map<String, Long> reviewerLoad) {
}
