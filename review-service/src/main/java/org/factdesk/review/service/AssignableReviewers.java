package org.factdesk.review.service;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.api.ReviewerView;

import io.smallrye.mutiny.Uni;

/** The reviewer picker: the identity provider's reviewers with their open load, the least loaded first. */
@ApplicationScoped
public class AssignableReviewers {

    /** Enough for any newsroom's desk; bounds the directory call and the answer. */
    static final int MAX_REVIEWERS = 500;

    private final ReviewerDirectory directory;
    private final ReviewStatsService stats;

    public AssignableReviewers(ReviewerDirectory directory, ReviewStatsService stats) {
        this.directory = directory;
        this.stats = stats;
    }

    public Uni<List<ReviewerView>> list() {
        return Uni.combine().all().unis(directory.reviewers(MAX_REVIEWERS), stats.openItemsByAssignee()).asTuple()
                .map(both -> both.getItem1().stream()
                        .map(reviewer -> new ReviewerView(reviewer.name(), both.getItem2().getOrDefault(reviewer.name(), 0L)))
                        .sorted(Comparator.comparingLong(ReviewerView::openItems).thenComparing(ReviewerView::username))
                        .toList());
    }
}
