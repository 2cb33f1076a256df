package org.factdesk.review.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.review.domain.PublishedVerdict;

import java.util.UUID;

@ApplicationScoped
public class PublishedVerdictRepository implements PanacheRepositoryBase<PublishedVerdict, UUID> {
}
