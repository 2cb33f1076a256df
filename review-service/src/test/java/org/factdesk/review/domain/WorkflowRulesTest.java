package org.factdesk.review.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who may do what to one item, without a server: identities are subjects, names only for display. */
class WorkflowRulesTest {

    private static final Actor RITA = new Actor("sub-rita", "rita", Set.of("reviewer"));
    private static final Actor REMY = new Actor("sub-remy", "remy", Set.of("reviewer"));
    private static final Actor ERIN = new Actor("sub-erin", "erin", Set.of("editor"));
    private static final Actor ADA = new Actor("sub-ada", "ada", Set.of("admin"));
    /** Someone who took over the name "rita" after Rita renamed herself: a different subject. */
    private static final Actor NEW_RITA = new Actor("sub-other", "rita", Set.of("reviewer", "editor"));

    @Test
    void evidenceComesFromTheAssigneeOrAnEditorWhoseAuthorityIsRecorded() {
        ReviewItem item = item();
        assertNull(WorkflowRules.evidenceAuthority(item, RITA));
        assertEquals("editor", WorkflowRules.evidenceAuthority(item, ERIN));
        assertEquals("admin", WorkflowRules.evidenceAuthority(item, ADA));
        assertEquals("assignee-only", assertThrows(WorkflowRuleViolation.class,
                () -> WorkflowRules.evidenceAuthority(item, REMY)).rule());
    }

    @Test
    void theSameNameWithAnotherSubjectIsAnotherPerson() {
        ReviewItem item = item();
        assertThrows(WorkflowRuleViolation.class, () -> WorkflowRules.requireAssignee(item, NEW_RITA));
        assertEquals("editor", WorkflowRules.evidenceAuthority(item, NEW_RITA), "acts as an editor, not as Rita");
        item.researchedBy = "rita";
        item.researchedById = RITA.id();
        assertDoesNotThrow(() -> WorkflowRules.requireNotResearcher(item, NEW_RITA));
    }

    @Test
    void theResearcherNeitherApprovesNorSendsBackTheirOwnWork() {
        ReviewItem item = item();
        item.researchedBy = "erin";
        item.researchedById = ERIN.id();
        assertEquals("four-eyes", assertThrows(WorkflowRuleViolation.class,
                () -> WorkflowRules.requireNotResearcher(item, ERIN)).rule());
        assertDoesNotThrow(() -> WorkflowRules.requireNotResearcher(item, ADA));
    }

    @Test
    void aCorrectionNeedsAnApproverWhoIsNeitherItsProposerNorTheResearcher() {
        ReviewItem item = item();
        item.researchedBy = "rita";
        item.researchedById = RITA.id();
        CorrectionProposal proposal = new CorrectionProposal();
        proposal.proposedBy = "erin";
        proposal.proposedById = ERIN.id();
        assertThrows(WorkflowRuleViolation.class, () -> WorkflowRules.requireCorrectionApprover(item, proposal, ERIN));
        Actor ritaAsEditor = new Actor(RITA.id(), "rita", Set.of("reviewer", "editor"));
        assertThrows(WorkflowRuleViolation.class,
                () -> WorkflowRules.requireCorrectionApprover(item, proposal, ritaAsEditor));
        assertDoesNotThrow(() -> WorkflowRules.requireCorrectionApprover(item, proposal, ADA));
    }

    @Test
    void rowsWrittenBeforeSubjectsWereRecordedCompareByName() {
        ReviewItem item = item();
        item.assigneeId = null;
        assertDoesNotThrow(() -> WorkflowRules.requireAssignee(item, RITA));
        assertThrows(WorkflowRuleViolation.class, () -> WorkflowRules.requireAssignee(item, REMY));
    }

    private static ReviewItem item() {
        ReviewItem item = new ReviewItem();
        item.state = ReviewState.IN_RESEARCH;
        item.assignee = "rita";
        item.assigneeId = RITA.id();
        return item;
    }
}
