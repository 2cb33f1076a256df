package org.factdesk.review.domain;

/** The actor may not do this to this item now (four-eyes, assignee-only work); the API answers 403. */
public class WorkflowRuleViolation extends RuntimeException {

    private final String rule;

    public WorkflowRuleViolation(String rule, String detail) {
        super(rule + ": " + detail);
        this.rule = rule;
    }

    /** A short stable name of the rule (the README's workflow table lists them). */
    public String rule() {
        return rule;
    }
}
