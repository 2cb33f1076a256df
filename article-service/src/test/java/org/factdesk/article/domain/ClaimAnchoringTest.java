package org.factdesk.article.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimAnchoringTest {

    @Test
    void aClaimMovesToItsTextInTheEditedBody() {
        String body = "New intro. Nearly 300 drones were launched.";
        ClaimAnchoring anchoring = new ClaimAnchoring(body);
        Optional<TextSpan> span = anchoring.reanchor(claim("Nearly 300 drones were launched.", 0));
        assertEquals(Optional.of(new TextSpan(11, 43)), span);
        assertEquals("Nearly 300 drones were launched.", span.orElseThrow().slice(body));
        assertTrue(anchoring.covers(new TextSpan(11, 43)));
    }

    @Test
    void repeatedSentencesGoToTheNearestFreeOccurrence() {
        String body = "It rained. Prices rose. It rained.";
        ClaimAnchoring anchoring = new ClaimAnchoring(body);
        assertEquals(24, anchoring.reanchor(claim("It rained.", 20)).orElseThrow().start());
        assertEquals(0, anchoring.reanchor(claim("It rained.", 22)).orElseThrow().start(), "the nearer one is taken");
        assertFalse(anchoring.reanchor(claim("It rained.", 0)).isPresent(), "no third occurrence");
    }

    @Test
    void aClaimWhoseTextIsGoneHasNoPlace() {
        assertFalse(new ClaimAnchoring("Something else entirely.").reanchor(claim("Nearly 300 drones.", 0)).isPresent());
    }

    @Test
    void articleStatusFollowsTheClaims() {
        assertEquals(ArticleStatus.DRAFT, ArticleStatus.derivedFrom(java.util.List.of(ClaimStatus.SUGGESTED, ClaimStatus.WITHDRAWN)));
        assertEquals(ArticleStatus.IN_CHECK, ArticleStatus.derivedFrom(java.util.List.of(ClaimStatus.VERDICT, ClaimStatus.IN_REVIEW)));
        assertEquals(ArticleStatus.CHECKED, ArticleStatus.derivedFrom(java.util.List.of(ClaimStatus.VERDICT, ClaimStatus.DISMISSED)));
    }

    @Test
    void onlyLegalTransitionsAreAllowed() {
        assertTrue(ClaimStatus.SUGGESTED.canTransitionTo(ClaimStatus.QUEUED));
        assertFalse(ClaimStatus.DISMISSED.canTransitionTo(ClaimStatus.QUEUED));
        assertFalse(ClaimStatus.VERDICT.canTransitionTo(ClaimStatus.WITHDRAWN));
        assertTrue(ClaimStatus.IN_REVIEW.canTransitionTo(ClaimStatus.WITHDRAWN));
        assertFalse(ClaimStatus.SUGGESTED.canTransitionTo(ClaimStatus.WITHDRAWN));
    }

    @Test
    void contextIsTheParagraphAroundTheClaim() {
        String body = "Headline\n\nBefore it. The claim itself. After it.\n\nNext paragraph.";
        int start = body.indexOf("The claim");
        assertEquals("Before it. The claim itself. After it.",
                ClaimContext.around(body, new TextSpan(start, start + "The claim itself.".length())));
    }

    private static Claim claim(String text, int start) {
        Claim claim = new Claim();
        claim.originalText = text;
        claim.start = start;
        claim.end = start + text.length();
        return claim;
    }
}
