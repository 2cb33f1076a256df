package org.factdesk.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NotificationRecipientsTest {

    private static ReviewItem item(ReviewState state, String queuedBy, String assignee, String researchedBy) {
        ReviewItem item = new ReviewItem();
        item.state = state;
        item.queuedBy = queuedBy;
        item.assignee = assignee;
        item.researchedBy = researchedBy;
        return item;
    }

    private static List<String> of(NotificationKind kind, ReviewItem item, String actor) {
        return List.copyOf(NotificationRecipients.of(kind, item, actor));
    }

    @Test
    void theAssigneeHearsOfAnAssignmentUnlessTheyTookItThemselves() {
        ReviewItem item = item(ReviewState.IN_RESEARCH, "editor", "reviewer", null);
        assertEquals(List.of("reviewer"), of(NotificationKind.ASSIGNED, item, "editor"));
        assertEquals(List.of(), of(NotificationKind.ASSIGNED, item, "reviewer"));
        assertEquals(List.of(), of(NotificationKind.ASSIGNED, item, "REVIEWER"), "user names compare without case");
    }

    @Test
    void aSubmittedVerdictWaitsOnTheEditorWhoQueuedTheClaimUnlessTheyResearchedIt() {
        assertEquals(List.of("editor"), of(NotificationKind.SUBMITTED_FOR_APPROVAL,
                item(ReviewState.SUBMITTED, "editor", "reviewer", "reviewer"), "reviewer"));
        assertEquals(List.of(), of(NotificationKind.SUBMITTED_FOR_APPROVAL,
                item(ReviewState.SUBMITTED, "editor", "editor", "editor"), "editor"));
    }

    @Test
    void publicationTellsTheResearcherAndTheEditorButNotTheApprover() {
        ReviewItem item = item(ReviewState.PUBLISHED, "editor", "reviewer", "reviewer");
        assertEquals(List.of("reviewer", "editor"), of(NotificationKind.PUBLISHED, item, "editor2"));
        assertEquals(List.of("reviewer"), of(NotificationKind.PUBLISHED, item, "editor"));
    }

    @Test
    void aCorrectionTellsItsProposerTooOnceEach() {
        ReviewItem item = item(ReviewState.PUBLISHED, "editor", "reviewer", "reviewer");
        item.correctionProposedBy = "Editor";
        assertEquals(List.of("reviewer", "Editor"), of(NotificationKind.CORRECTED, item, "editor2"));
    }

    @Test
    void anOverdueReviewWaitsOnWhoeverHoldsItOrOnTheEditor() {
        assertEquals(Set.of("reviewer"), NotificationRecipients.of(NotificationKind.OVERDUE,
                item(ReviewState.IN_RESEARCH, "editor", "reviewer", null), null));
        assertEquals(Set.of("editor"), NotificationRecipients.of(NotificationKind.OVERDUE,
                item(ReviewState.QUEUED, "editor", null, null), null));
        assertEquals(Set.of("editor"), NotificationRecipients.of(NotificationKind.OVERDUE,
                item(ReviewState.SUBMITTED, "editor", "reviewer", "reviewer"), null));
    }
}
