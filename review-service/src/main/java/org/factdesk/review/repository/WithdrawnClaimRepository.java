package org.factdesk.review.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.review.domain.WithdrawnClaim;

import java.util.UUID;

@ApplicationScoped
public class WithdrawnClaimRepository implements PanacheRepositoryBase<WithdrawnClaim, UUID> {
}
