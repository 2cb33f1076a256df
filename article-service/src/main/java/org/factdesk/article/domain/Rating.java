package org.factdesk.article.domain;

public enum Rating {
    TRUE,
    MOSTLY_TRUE,
    HALF_TRUE,
    MOSTLY_FALSE,
    FALSE,
    MISLEADING,
    UNPROVEN,
    NOT_A_CLAIM
}
