package org.factdesk.review.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.CorrectionProposal;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CorrectionProposalRepository implements PanacheRepositoryBase<CorrectionProposal, UUID> {

    /** The item's open proposal, or null (a partial unique index allows at most one). */
    public Uni<CorrectionProposal> open(UUID reviewId) {
        return find("reviewId = ?1 and status = ?2", reviewId, CorrectionProposal.Status.PROPOSED).firstResult();
    }
}
