package org.factdesk.review.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.review.api.AssignRequest;
import org.factdesk.review.api.CorrectionRequest;
import org.factdesk.review.api.NoteRequest;
import org.factdesk.review.api.NoteView;
import org.factdesk.review.api.RequestChangesRequest;
import org.factdesk.review.api.ReviewView;
import org.factdesk.review.api.SourceRequest;
import org.factdesk.review.api.SourceView;
import org.factdesk.review.api.SubmitRequest;
import org.factdesk.review.domain.AuditEntry;
import org.factdesk.review.domain.EvidenceSource;
import org.factdesk.review.domain.IllegalTransitionException;
import org.factdesk.review.domain.PublishedVerdict;
import org.factdesk.review.domain.ReviewAction;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.ReviewNote;
import org.factdesk.review.domain.ReviewState;
import org.factdesk.review.domain.Slugs;
import org.factdesk.review.messaging.OutboxWriter;
import org.factdesk.review.repository.AuditEntryRepository;
import org.factdesk.review.repository.EvidenceSourceRepository;
import org.factdesk.review.repository.PublishedVerdictRepository;
import org.factdesk.review.repository.ReviewItemRepository;
import org.factdesk.review.repository.ReviewNoteRepository;

import java.time.Instant;
import java.util.UUID;

/**
 * The four-eyes workflow. Each method is one transaction: the state change, its audit entry and the events it
 * announces (outbox) commit together or not at all. Checks run in this order: unknown item 404, stale version
 * 409, transition not allowed from the current state 409, the actor may not do it 403, rule of the step 409.
 */
@ApplicationScoped
public class ReviewWorkflowService {

    private final ReviewItemRepository items;
    private final ReviewNoteRepository notes;
    private final EvidenceSourceRepository sources;
    private final AuditEntryRepository audit;
    private final PublishedVerdictRepository publishedVerdicts;
    private final OutboxWriter outbox;
    private final ReviewViews views;

    public ReviewWorkflowService(ReviewItemRepository items, ReviewNoteRepository notes,
                                 EvidenceSourceRepository sources, AuditEntryRepository audit,
                                 PublishedVerdictRepository publishedVerdicts, OutboxWriter outbox, ReviewViews views) {
        this.items = items;
        this.notes = notes;
        this.sources = sources;
        this.audit = audit;
        this.publishedVerdicts = publishedVerdicts;
        this.outbox = outbox;
        this.views = views;
    }

    @WithTransaction
    public Uni<ReviewView> take(UUID id, long version, String actor) {
        return load(id, version).flatMap(item -> {
            if (item.state == ReviewState.CHANGES_REQUESTED && !actor.equals(item.assignee)) {
                throw ReviewProblem.conflict("review " + id + " is assigned to " + item.assignee
                        + "; an editor can reassign it");
            }
            Instant now = Clock.now();
            ReviewState from = item.apply(ReviewAction.TAKE, now);
            item.assignee = actor;
            return changed(item, from, actor, "TAKE", null, now);
        });
    }

    @WithTransaction
    public Uni<ReviewView> assign(UUID id, AssignRequest request, String actor) {
        return load(id, request.version()).flatMap(item -> {
            Instant now = Clock.now();
            String previousAssignee = item.assignee;
            ReviewState from = item.apply(ReviewAction.ASSIGN, now);
            item.assignee = request.assignee().strip();
            String reason = previousAssignee == null ? null : "reassigned from " + previousAssignee;
            return changed(item, from, actor, "ASSIGN", reason, now);
        });
    }

    @WithTransaction
    public Uni<ReviewView> submit(UUID id, SubmitRequest request, String actor) {
        return load(id, request.version()).flatMap(item -> {
            requireTransition(item, ReviewAction.SUBMIT);
            if (!actor.equals(item.assignee)) {
                throw ReviewProblem.forbidden("only the assignee (" + item.assignee + ") can submit this review");
            }
            return sources.count("reviewId", id).flatMap(sourceCount -> {
                if (sourceCount == 0 && request.rating().needsEvidence()) {
                    throw ReviewProblem.conflict("a verdict needs at least one source (unless the rating is NOT_A_CLAIM)");
                }
                Instant now = Clock.now();
                ReviewState from = item.apply(ReviewAction.SUBMIT, now);
                item.rating = request.rating();
                item.label = request.label().strip();
                item.summary = request.summary().strip();
                item.explanation = request.explanation().strip();
                item.researchedBy = actor;
                item.submittedAt = now;
                return changed(item, from, actor, "SUBMIT", null, now);
            });
        });
    }

    @WithTransaction
    public Uni<ReviewView> approve(UUID id, long version, String actor) {
        return load(id, version).flatMap(item -> {
            requireTransition(item, ReviewAction.APPROVE);
            requireSecondPerson(item, actor);
            Instant now = Clock.now();
            ReviewState from = item.apply(ReviewAction.APPROVE, now);
            item.approvedBy = actor;
            item.verdictVersion = 1;
            item.correctionNote = null;
            item.firstPublishedAt = now;
            item.publishedAt = now;
            item.slug = Slugs.of(item.claimText, item.id);
            return published(item, from, actor, "APPROVE", null, now);
        });
    }

    @WithTransaction
    public Uni<ReviewView> requestChanges(UUID id, RequestChangesRequest request, String actor) {
        return load(id, request.version()).flatMap(item -> {
            Instant now = Clock.now();
            ReviewState from = item.apply(ReviewAction.REQUEST_CHANGES, now);
            String reason = request.reason().strip();
            // The reason also goes into the item's thread, where the researcher works.
            ReviewNote note = newNote(item.id, null, actor, "Changes requested: " + reason, now);
            return notes.persist(note).flatMap(saved -> changed(item, from, actor, "REQUEST_CHANGES", reason, now));
        });
    }

    @WithTransaction
    public Uni<ReviewView> correct(UUID id, CorrectionRequest request, String actor) {
        return load(id, request.version()).flatMap(item -> {
            requireTransition(item, ReviewAction.CORRECT);
            requireSecondPerson(item, actor);
            Instant now = Clock.now();
            ReviewState from = item.apply(ReviewAction.CORRECT, now);
            item.rating = request.rating();
            item.label = request.label().strip();
            item.summary = request.summary().strip();
            item.explanation = request.explanation().strip();
            item.correctionNote = request.correctionNote().strip();
            item.approvedBy = actor;
            item.verdictVersion = item.verdictVersion + 1;
            item.publishedAt = now;
            return published(item, from, actor, "CORRECT", item.correctionNote, now);
        });
    }

    @WithTransaction
    public Uni<NoteView> addNote(UUID id, NoteRequest request, String actor) {
        return items.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .flatMap(item -> {
                    if (item.state == ReviewState.WITHDRAWN) {
                        throw ReviewProblem.conflict("review " + id + " is WITHDRAWN: no more notes");
                    }
                    return parentOnSameItem(id, request.parentId())
                            .flatMap(ignored -> {
                                Instant now = Clock.now();
                                ReviewNote note = newNote(id, request.parentId(), actor, request.text().strip(), now);
                                return notes.persist(note)
                                        .call(saved -> audit.persist(AuditEntry.of(id, now, actor, "NOTE",
                                                item.state, item.state, null)))
                                        .map(ReviewViews::note);
                            });
                });
    }

    @WithTransaction
    public Uni<SourceView> addSource(UUID id, SourceRequest request, String actor) {
        return items.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .flatMap(item -> {
                    // The evidence of a submitted or published verdict is frozen with it.
                    if (item.state != ReviewState.IN_RESEARCH && item.state != ReviewState.CHANGES_REQUESTED) {
                        throw ReviewProblem.conflict("review " + id + " is " + item.state
                                + ": sources can be added only while it is IN_RESEARCH or CHANGES_REQUESTED");
                    }
                    Instant now = Clock.now();
                    EvidenceSource source = new EvidenceSource();
                    source.id = UUID.randomUUID();
                    source.reviewId = id;
                    source.url = request.url().strip();
                    source.title = request.title().strip();
                    source.publisher = request.publisher().strip();
                    source.quote = request.quote().strip();
                    source.accessedAt = request.accessedAt();
                    source.primary = request.primary();
                    source.addedBy = actor;
                    source.addedAt = now;
                    return sources.persist(source)
                            .call(saved -> audit.persist(AuditEntry.of(id, now, actor, "SOURCE", item.state,
                                    item.state, source.url)))
                            .map(ReviewViews::source);
                });
    }

    private Uni<ReviewItem> load(UUID id, long version) {
        return items.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .invoke(item -> {
                    if (item.version != version) {
                        throw ReviewProblem.conflict("stale version: you sent " + version + " but review " + id
                                + " is at version " + item.version + "; reload it and try again");
                    }
                });
    }

    private static ReviewProblem notFound(UUID id) {
        return ReviewProblem.notFound("no review " + id);
    }

    private Uni<Void> parentOnSameItem(UUID reviewId, UUID parentId) {
        if (parentId == null) {
            return Uni.createFrom().voidItem();
        }
        return notes.findById(parentId).invoke(parent -> {
            if (parent == null || !parent.reviewId.equals(reviewId)) {
                throw ReviewProblem.badRequest("parentId", "no note " + parentId + " on review " + reviewId);
            }
        }).replaceWithVoid();
    }

    private static void requireTransition(ReviewItem item, ReviewAction action) {
        // Fails with the allowed transitions when the state does not permit the action.
        action.target(item.state).orElseThrow(
                () -> new IllegalTransitionException(item.id, item.state, action));
    }

    private static void requireSecondPerson(ReviewItem item, String actor) {
        if (actor.equals(item.researchedBy)) {
            throw ReviewProblem.forbidden("four-eyes: you researched this item");
        }
    }

    private static ReviewNote newNote(UUID reviewId, UUID parentId, String author, String text, Instant at) {
        ReviewNote note = new ReviewNote();
        note.id = UUID.randomUUID();
        note.reviewId = reviewId;
        note.parentId = parentId;
        note.author = author;
        note.text = text;
        note.createdAt = at;
        return note;
    }

    private Uni<ReviewView> published(ReviewItem item, ReviewState from, String actor, String action, String reason,
                                      Instant at) {
        return publishedVerdicts.persist(PublishedVerdict.of(item))
                .flatMap(saved -> outbox.verdictPublished(item, at))
                .flatMap(ignored -> changed(item, from, actor, action, reason, at));
    }

    /** Audit, progress event, then flush so that the returned view carries the new version. */
    private Uni<ReviewView> changed(ReviewItem item, ReviewState from, String actor, String action, String reason,
                                    Instant at) {
        return audit.persist(AuditEntry.of(item.id, at, actor, action, from, item.state, reason))
                .flatMap(saved -> outbox.progressed(item, from, actor, at))
                .flatMap(ignored -> items.flush())
                .flatMap(ignored -> views.full(item));
    }
}
