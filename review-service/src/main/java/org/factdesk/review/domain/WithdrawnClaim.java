package org.factdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A claim the editors withdrew; kept even when no item exists yet, so a late queued event opens none. */
@Entity
@Table(name = "withdrawn_claim")
public class WithdrawnClaim {
    @Id
    @Column(name = "claim_id")
    public UUID claimId;
    @Column(name = "withdrawn_by", nullable = false)
    public String withdrawnBy;
    public String reason;
    @Column(name = "withdrawn_at", nullable = false)
    public Instant withdrawnAt;
}
