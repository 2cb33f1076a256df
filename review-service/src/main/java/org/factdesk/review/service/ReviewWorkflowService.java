package org.factdesk.review.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.factdesk.review.api.AssignRequest;
import org.factdesk.review.api.CorrectionDecisionRequest;
import org.factdesk.review.api.CorrectionRequest;
import org.factdesk.review.api.NoteRequest;
import org.factdesk.review.api.NoteView;
import org.factdesk.review.api.RequestChangesRequest;
import org.factdesk.review.api.ReviewView;
import org.factdesk.review.api.SourceRequest;
import org.factdesk.review.api.SourceView;
import org.factdesk.review.api.SubmitRequest;
import org.factdesk.review.domain.Actor;
import org.factdesk.review.domain.AuditEntry;
import org.factdesk.review.domain.CorrectionProposal;
import org.factdesk.review.domain.EvidenceSource;
import org.factdesk.review.domain.IllegalTransitionException;
import org.factdesk.review.domain.NotificationKind;
import org.factdesk.review.domain.PublishedVerdict;
import org.factdesk.review.domain.ReviewAction;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.ReviewNote;
import org.factdesk.review.domain.ReviewState;
import org.factdesk.review.domain.Slugs;
import org.factdesk.review.domain.WorkflowRules;
import org.factdesk.review.events.OutboxWriter;
import org.factdesk.review.repository.AuditEntryRepository;
import org.factdesk.review.repository.CorrectionProposalRepository;
import org.factdesk.review.repository.EvidenceSourceRepository;
import org.factdesk.review.repository.PublishedVerdictRepository;
import org.factdesk.review.repository.ReviewItemRepository;
import org.factdesk.review.repository.ReviewNoteRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

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
    private final CorrectionProposalRepository corrections;
    private final ReviewerDirectory directory;
    private final OutboxWriter outbox;
    private final ReviewViews views;
    private final ClaimReviewDocument claimReviews;
    private final Notifier notifier;

    public ReviewWorkflowService(ReviewItemRepository items, ReviewNoteRepository notes,
            EvidenceSourceRepository sources, AuditEntryRepository audit,
            PublishedVerdictRepository publishedVerdicts, CorrectionProposalRepository corrections,
            ReviewerDirectory directory, OutboxWriter outbox, ReviewViews views, ClaimReviewDocument claimReviews,
            Notifier notifier) {
        this.items = items;
        this.notes = notes;
        this.sources = sources;
        this.audit = audit;
        this.publishedVerdicts = publishedVerdicts;
        this.corrections = corrections;
        this.directory = directory;
        this.outbox = outbox;
        this.views = views;
        this.claimReviews = claimReviews;
        this.notifier = notifier;
    }

    @WithTransaction
    public Uni<ReviewView> take(UUID id, long version, Actor actor) {
        return load(id, version).flatMap(item -> {
            if (item.state == ReviewState.CHANGES_REQUESTED && !actor.is(item.assigneeId, item.assignee)) {
                throw ReviewProblem.conflict("review " + id + " is assigned to " + item.assignee
                        + "; an editor can reassign it");
            }
            Instant now = Clock.now();
            ReviewState from = item.apply(ReviewAction.TAKE, now);
            item.assignee = actor.name();
            item.assigneeId = actor.id();
            return changed(item, from, actor, null, "TAKE", null, now);
        });
    }

    /**
     * Only to an existing reviewer, looked up in the identity provider before the transaction opens (no database
     * connection waits on Keycloak); a case variant resolves to the real user.
     */
    public Uni<ReviewView> assign(UUID id, AssignRequest request, Actor actor) {
        String wanted = request.assignee().strip();
        return directory.reviewer(wanted)
                .onItem().ifNull().failWith(() -> ReviewProblem.badRequest("assignee", "no reviewer named '"
                        + wanted + "': assign only to an existing user holding the reviewer role"))
                .flatMap(assignee -> Panache.withTransaction(() -> load(id, request.version()).flatMap(item -> {
                    Instant now = Clock.now();
                    String previousAssignee = item.assignee;
                    ReviewState from = item.apply(ReviewAction.ASSIGN, now);
                    item.assignee = assignee.name();
                    item.assigneeId = assignee.id();
                    String reason = previousAssignee == null ? null : "reassigned from " + previousAssignee;
                    return notifier.notify(NotificationKind.ASSIGNED, item, actor.name(), now)
                            .flatMap(notified -> changed(item, from, actor, null, "ASSIGN", reason, now));
                })));
    }

    @WithTransaction
    public Uni<ReviewView> submit(UUID id, SubmitRequest request, Actor actor) {
        return load(id, request.version()).flatMap(item -> {
            requireTransition(item, ReviewAction.SUBMIT);
            WorkflowRules.requireAssignee(item, actor);
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
                item.researchedBy = actor.name();
                item.researchedById = actor.id();
                item.submittedAt = now;
                return notifier.notify(NotificationKind.SUBMITTED_FOR_APPROVAL, item, actor.name(), now)
                        .flatMap(notified -> changed(item, from, actor, null, "SUBMIT", null, now));
            });
        });
    }

    @WithTransaction
    public Uni<ReviewView> approve(UUID id, long version, Actor actor) {
        return load(id, version).flatMap(item -> {
            requireTransition(item, ReviewAction.APPROVE);
            WorkflowRules.requireNotResearcher(item, actor);
            Instant now = Clock.now();
            ReviewState from = item.apply(ReviewAction.APPROVE, now);
            item.approvedBy = actor.name();
            item.approvedById = actor.id();
            item.correctionProposedBy = null;
            item.verdictVersion = 1;
            item.correctionNote = null;
            item.firstPublishedAt = now;
            item.publishedAt = now;
            item.slug = Slugs.of(item.claimText, item.id);
            return notifier.notify(NotificationKind.PUBLISHED, item, actor.name(), now)
                    .flatMap(notified -> published(item, null, from, actor, "APPROVE", null, now));
        });
    }

    @WithTransaction
    public Uni<ReviewView> requestChanges(UUID id, RequestChangesRequest request, Actor actor) {
        return load(id, request.version()).flatMap(item -> {
            requireTransition(item, ReviewAction.REQUEST_CHANGES);
            WorkflowRules.requireNotResearcher(item, actor);
            Instant now = Clock.now();
            ReviewState from = item.apply(ReviewAction.REQUEST_CHANGES, now);
            String reason = request.reason().strip();
            // The reason also goes into the item's thread, where the researcher works.
            ReviewNote note = newNote(item.id, null, actor, "Changes requested: " + reason, now);
            return notes.persist(note)
                    .flatMap(saved -> notifier.notify(NotificationKind.CHANGES_REQUESTED, item, actor.name(), now))
                    .flatMap(notified -> changed(item, from, actor, null, "REQUEST_CHANGES", reason, now));
        });
    }

    /**
     * Proposes a corrected verdict. Nothing is published: the item stays as it is until a second person approves
     * the proposal ({@link #approveCorrection}). One open proposal per item.
     */
    @WithTransaction
    public Uni<ReviewView> proposeCorrection(UUID id, CorrectionRequest request, Actor actor) {
        return load(id, request.version()).flatMap(item -> {
            requireTransition(item, ReviewAction.CORRECT);
            return corrections.open(id).flatMap(open -> {
                if (open != null) {
                    throw ReviewProblem.conflict("review " + id + " already has correction " + open.id
                            + " proposed by " + open.proposedBy + "; approve or reject it first");
                }
                Instant now = Clock.now();
                CorrectionProposal proposal = new CorrectionProposal();
                proposal.id = UUID.randomUUID();
                proposal.reviewId = id;
                proposal.status = CorrectionProposal.Status.PROPOSED;
                proposal.basedOnVersion = item.verdictVersion;
                proposal.rating = request.rating();
                proposal.label = request.label().strip();
                proposal.summary = request.summary().strip();
                proposal.explanation = request.explanation().strip();
                proposal.correctionNote = request.correctionNote().strip();
                proposal.proposedBy = actor.name();
                proposal.proposedById = actor.id();
                proposal.proposedAt = now;
                // Touching the item moves its version, so that clients holding the old view reload and see it.
                item.updatedAt = now;
                return corrections.persist(proposal)
                        .flatMap(saved -> audit.persist(AuditEntry.of(id, now, actor, null, "PROPOSE_CORRECTION",
                                item.state, item.state, proposal.correctionNote)))
                        .flatMap(saved -> items.flush())
                        .flatMap(ignored -> views.full(item));
            });
        });
    }

    /** Publishes a proposed correction: the approver is neither its proposer nor the verdict's researcher. */
    @WithTransaction
    public Uni<ReviewView> approveCorrection(UUID id, UUID proposalId, CorrectionDecisionRequest request,
            Actor actor) {
        return load(id, request.version()).flatMap(item -> proposal(item, proposalId).flatMap(proposal -> {
            requireTransition(item, ReviewAction.CORRECT);
            WorkflowRules.requireCorrectionApprover(item, proposal, actor);
            if (proposal.basedOnVersion != item.verdictVersion) {
                throw ReviewProblem.conflict("correction " + proposalId + " corrects verdict version "
                        + proposal.basedOnVersion + " but version " + item.verdictVersion
                        + " is published now; reject it and propose again");
            }
            Instant now = Clock.now();
            ReviewState from = item.apply(ReviewAction.CORRECT, now);
            item.rating = proposal.rating;
            item.label = proposal.label;
            item.summary = proposal.summary;
            item.explanation = proposal.explanation;
            item.correctionNote = proposal.correctionNote;
            item.correctionProposedBy = proposal.proposedBy;
            item.approvedBy = actor.name();
            item.approvedById = actor.id();
            item.verdictVersion = item.verdictVersion + 1;
            item.publishedAt = now;
            proposal.decide(CorrectionProposal.Status.APPROVED, actor, null, now);
            return notifier.notify(NotificationKind.CORRECTED, item, actor.name(), now)
                    .flatMap(notified -> published(item, proposal, from, actor, "CORRECT",
                            "proposed by " + proposal.proposedBy + ": " + proposal.correctionNote, now));
        }));
    }

    /** Rejects (or, by its proposer, withdraws) a proposed correction; nothing is published. */
    @WithTransaction
    public Uni<ReviewView> rejectCorrection(UUID id, UUID proposalId, CorrectionDecisionRequest request,
            Actor actor) {
        return load(id, request.version()).flatMap(item -> proposal(item, proposalId).flatMap(proposal -> {
            Instant now = Clock.now();
            String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
            proposal.decide(CorrectionProposal.Status.REJECTED, actor, reason, now);
            item.updatedAt = now;
            return audit.persist(AuditEntry.of(id, now, actor, null, "REJECT_CORRECTION", item.state, item.state,
                    "proposed by " + proposal.proposedBy + (reason == null ? "" : ": " + reason)))
                    .flatMap(saved -> items.flush())
                    .flatMap(ignored -> views.full(item));
        }));
    }

    @WithTransaction
    public Uni<NoteView> addNote(UUID id, NoteRequest request, Actor actor) {
        return items.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .flatMap(item -> {
                    if (item.state == ReviewState.WITHDRAWN) {
                        throw ReviewProblem.wrongState("review " + id + " is WITHDRAWN: no more notes");
                    }
                    return parentOnSameItem(id, request.parentId())
                            .flatMap(ignored -> {
                                Instant now = Clock.now();
                                ReviewNote note = newNote(id, request.parentId(), actor, request.text().strip(), now);
                                return notes.persist(note)
                                        .call(saved -> audit.persist(AuditEntry.of(id, now, actor, null, "NOTE",
                                                item.state, item.state, null)))
                                        .map(ReviewViews::note);
                            });
                });
    }

    @WithTransaction
    public Uni<SourceView> addSource(UUID id, SourceRequest request, Actor actor) {
        return items.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .flatMap(item -> {
                    // The evidence of a submitted or published verdict is frozen with it.
                    if (item.state != ReviewState.IN_RESEARCH && item.state != ReviewState.CHANGES_REQUESTED) {
                        throw ReviewProblem.wrongState("review " + id + " is " + item.state
                                + ": sources can be added only while it is IN_RESEARCH or CHANGES_REQUESTED");
                    }
                    String actingAs = WorkflowRules.evidenceAuthority(item, actor);
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
                    source.addedBy = actor.name();
                    source.addedById = actor.id();
                    source.addedAt = now;
                    return sources.persist(source)
                            .call(saved -> audit.persist(AuditEntry.of(id, now, actor, actingAs, "SOURCE", item.state,
                                    item.state, source.url)))
                            .map(ReviewViews::source);
                });
    }

    /**
     * The item to change, row-locked for this transaction (FOR NO KEY UPDATE): a concurrent change of the same item
     * waits here and then fails the version check with 409, instead of the two meeting half-way in their writes
     * (rows that reference the item are inserted before the item is updated, and the two locks would cross).
     */
    private Uni<ReviewItem> load(UUID id, long version) {
        return items.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notFound(id))
                .invoke(item -> {
                    if (item.version != version) {
                        throw ReviewProblem.conflict("stale version: you sent " + version + " but review " + id
                                + " is at version " + item.version + "; reload it and try again");
                    }
                });
    }

    private Uni<CorrectionProposal> proposal(ReviewItem item, UUID proposalId) {
        return corrections.findById(proposalId).invoke(proposal -> {
            if (proposal == null || !proposal.reviewId.equals(item.id)) {
                throw ReviewProblem.notFound("no correction " + proposalId + " on review " + item.id);
            }
            if (proposal.status != CorrectionProposal.Status.PROPOSED) {
                throw ReviewProblem.conflict("correction " + proposalId + " was already " + proposal.status
                        + " by " + proposal.decidedBy);
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

    private static ReviewNote newNote(UUID reviewId, UUID parentId, Actor author, String text, Instant at) {
        ReviewNote note = new ReviewNote();
        note.id = UUID.randomUUID();
        note.reviewId = reviewId;
        note.parentId = parentId;
        note.author = author.name();
        note.authorId = author.id();
        note.text = text;
        note.createdAt = at;
        return note;
    }

    private Uni<ReviewView> published(ReviewItem item, CorrectionProposal correction, ReviewState from, Actor actor,
            String action, String reason, Instant at) {
        return publishedVerdicts.persist(PublishedVerdict.of(item, correction))
                .flatMap(saved -> outbox.verdictPublished(item, claimReviews.url(item), at))
                .flatMap(ignored -> changed(item, from, actor, null, action, reason, at));
    }

    /** Audit, progress event, then flush so that the returned view carries the new version. */
    private Uni<ReviewView> changed(ReviewItem item, ReviewState from, Actor actor, String actingAs, String action,
            String reason, Instant at) {
        return audit.persist(AuditEntry.of(item.id, at, actor, actingAs, action, from, item.state, reason))
                .flatMap(saved -> outbox.progressed(item, from, actor.name(), at))
                .flatMap(ignored -> items.flush())
                .flatMap(ignored -> views.full(item));
    }
}
