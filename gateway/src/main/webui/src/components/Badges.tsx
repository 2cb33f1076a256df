import type { Claim, Priority } from '../api/types';
import { useTranslation } from 'react-i18next';
import { claimTone, priorityLabel, ratingLabel, statusLabel } from '../lib/format';

export function StatusBadge({ value, tone }: { value: string; tone?: string }) {
  return <span className={`badge ${tone ?? `state-${value.toLowerCase().replace(/_/g, '-')}`}`}>{statusLabel(value)}</span>;
}

export function RatingBadge({ rating }: { rating: string }) {
  return <span className={`badge rating-${rating.toLowerCase().replace(/_/g, '-')}`}>{ratingLabel(rating)}</span>;
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  return <span className={`badge priority-${priority.toLowerCase()}`}>{priorityLabel(priority)}</span>;
}

/** A claim's current standing: the verdict once there is one, its status before. */
export function ClaimBadge({ claim }: { claim: Pick<Claim, 'status' | 'verdict'> }) {
  if (claim.status === 'VERDICT' && claim.verdict) return <RatingBadge rating={claim.verdict.rating} />;
  return <span className={`badge ${claimTone(claim)}`}>{statusLabel(claim.status)}</span>;
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return <span className="badge overdue">{t('overdue')}</span>;
}
