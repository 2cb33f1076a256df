package org.factdesk.review.domain;

/**
 * Who may do what to one item, as plain checks on the item and the actor (the README's workflow table lists each
 * rule with the tests that prove it). They compare identities (token subjects), never display names.
 */
public final class WorkflowRules {

    public static final String FOUR_EYES = "four-eyes";
    public static final String ASSIGNEE_ONLY = "assignee-only";

    private WorkflowRules() {
    }

    /** Only the assignee proposes the verdict of the item they research. */
    public static void requireAssignee(ReviewItem item, Actor actor) {
        if (!actor.is(item.assigneeId, item.assignee)) {
            throw new WorkflowRuleViolation(ASSIGNEE_ONLY,
                    "only the assignee (" + item.assignee + ") can submit this review");
        }
    }

    /**
     * Evidence goes onto an item in research by its assignee; an editor or admin may add it too, and the audit
     * records that authority.
     *
     * @return null for the assignee, else the authority used ("editor" or "admin")
     */
    public static String evidenceAuthority(ReviewItem item, Actor actor) {
        if (actor.is(item.assigneeId, item.assignee)) {
            return null;
        }
        String authority = actor.authority();
        if (authority == null) {
            throw new WorkflowRuleViolation(ASSIGNEE_ONLY, "only the assignee (" + item.assignee
                    + ") or an editor can add sources to this review");
        }
        return authority;
    }

    /** The researcher cannot judge their own submission: neither approve it nor send it back. */
    public static void requireNotResearcher(ReviewItem item, Actor actor) {
        if (actor.is(item.researchedById, item.researchedBy)) {
            throw new WorkflowRuleViolation(FOUR_EYES, "you researched this item");
        }
    }

    /** A correction goes out only when approved by someone who neither proposed it nor researched the verdict. */
    public static void requireCorrectionApprover(ReviewItem item, CorrectionProposal proposal, Actor actor) {
        if (actor.is(proposal.proposedById, proposal.proposedBy)) {
            throw new WorkflowRuleViolation(FOUR_EYES, "you proposed this correction; a second person must approve it");
        }
        requireNotResearcher(item, actor);
    }
}
