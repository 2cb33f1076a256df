package org.factdesk.article.events;

import java.time.Instant;
import java.util.UUID;

import org.factdesk.article.domain.Article;
import org.factdesk.article.domain.Claim;

/** Builds the events announcing claim changes, exactly as deploy/events describes them. */
public final class ClaimEvents {

    private ClaimEvents() {
    }

    public static ClaimQueuedEvent queued(Claim claim, Article article, Instant now) {
        return new ClaimQueuedEvent(UUID.randomUUID(), now, ClaimQueuedEvent.VERSION, claim.id, article.id,
                article.title, article.sourceUrl, claim.text, claim.context, claim.score, claim.priority, claim.dueAt,
                claim.queuedBy, claim.queuedAt, article.language, article.author, null);
    }

    public static ClaimWithdrawnEvent withdrawn(Claim claim, String withdrawnBy, String reason, Instant now) {
        return new ClaimWithdrawnEvent(UUID.randomUUID(), now, ClaimWithdrawnEvent.VERSION, claim.id, claim.articleId,
                withdrawnBy, reason);
    }

    public static ClaimChangedEvent changed(Claim claim, Article article, Instant now) {
        return new ClaimChangedEvent(UUID.randomUUID(), now, ClaimChangedEvent.VERSION, claim.id, claim.articleId,
                claim.status, article.status, claim.verdict == null ? null : claim.verdict.rating, claim.priority, claim.dueAt);
    }
}
