package org.factdesk.review.domain;

import java.time.Duration;
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

    /**
     * When a claims.withdrawn says the claim was withdrawn: its {@code occurredAt}, or {@code now} for an event without
     * one. That time decides whether a later claims.queued may still open a review (only one queued after it), so a
     * withdrawal dated in the future would refuse reviews it has no say over. The article-service dates the event
     * when it commits it; any later date, beyond the clocks' possible disagreement, is impossible.
     *
     * @throws ImpossibleEventException when {@code occurredAt} lies more than {@code maxClockSkew} after {@code now}
     */
    public static Instant withdrawnAt(Instant occurredAt, Instant now, Duration maxClockSkew) {
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now.plus(maxClockSkew))) {
            throw new ImpossibleEventException("occurredAt " + occurredAt + " lies in the future (now " + now
                    + ", clock skew allowed " + maxClockSkew + ")");
        }
        return occurredAt;
    }
}
