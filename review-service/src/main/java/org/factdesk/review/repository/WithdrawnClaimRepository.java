package org.factdesk.review.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.WithdrawnClaim;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WithdrawnClaimRepository implements PanacheRepositoryBase<WithdrawnClaim, UUID> {
}
