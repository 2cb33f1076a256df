package org.factdesk.review.domain;

/** The verdict scale; the numeric values are schema.org ClaimReview rating values (1 worst, 5 best). */
public enum Rating {
    TRUE(5),
    MOSTLY_TRUE(4),
    HALF_TRUE(3),
    MOSTLY_FALSE(2),
    FALSE(1),
    MISLEADING(null),
    UNPROVEN(null),
    NOT_A_CLAIM(null);

    public static final int BEST = 5;
    public static final int WORST = 1;

    private final Integer value;

    Rating(Integer value) {
        this.value = value;
    }

    /** The numeric rating, or null for ratings outside the true/false scale. */
    public Integer value() {
        return value;
    }

    public boolean needsEvidence() {
        return this != NOT_A_CLAIM;
    }
}
