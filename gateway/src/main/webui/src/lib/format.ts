import type { ClaimStatus, Priority, Rating, ReviewState, WebhookEventType } from '../api/types';

export const RATINGS: { value: Rating; label: string; meaning: string }[] = [
  { value: 'TRUE', label: 'True', meaning: 'Accurate, nothing significant missing.' },
  { value: 'MOSTLY_TRUE', label: 'Mostly true', meaning: 'Accurate but needs clarification or context.' },
  { value: 'HALF_TRUE', label: 'Half true', meaning: 'Partially accurate; leaves out important details.' },
  { value: 'MOSTLY_FALSE', label: 'Mostly false', meaning: 'Contains some truth but ignores critical facts.' },
  { value: 'FALSE', label: 'False', meaning: 'Not accurate.' },
  { value: 'MISLEADING', label: 'Misleading', meaning: 'Facts used to give a false impression.' },
  { value: 'UNPROVEN', label: 'Unproven', meaning: 'Evidence is insufficient either way.' },
  { value: 'NOT_A_CLAIM', label: 'Not a claim', meaning: 'Opinion or not checkable.' },
];

export const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export const REVIEW_STATES: ReviewState[] = [
  'QUEUED',
  'IN_RESEARCH',
  'SUBMITTED',
  'CHANGES_REQUESTED',
  'PUBLISHED',
  'CORRECTED',
  'WITHDRAWN',
];

export const CLAIM_STATUSES: ClaimStatus[] = ['SUGGESTED', 'QUEUED', 'IN_REVIEW', 'VERDICT', 'DISMISSED', 'WITHDRAWN'];

/** LIKE_THIS -> Like this */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function ratingLabel(rating: string | null | undefined): string {
  return RATINGS.find((r) => r.value === rating)?.label ?? humanize(rating);
}

/** The CSS modifier for a claim: verdicts by rating, everything else by status. */
export function claimTone(claim: { status: ClaimStatus; verdict: { rating: Rating } | null }): string {
  if (claim.status === 'VERDICT' && claim.verdict) return `rating-${claim.verdict.rating.toLowerCase().replace(/_/g, '-')}`;
  return `status-${claim.status.toLowerCase().replace(/_/g, '-')}`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** Publication days of other organisations' fact-checks are days, read in UTC (a date-only ClaimReview is midnight UTC). */
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

/** "3 h 20 min" for a median time in a stage. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}

/** <input type="datetime-local"> value (local time) -> ISO instant, or null when empty. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** ISO instant -> <input type="datetime-local"> value in local time. */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function percent(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : `${Math.round(score * 100)}%`;
}

export const WEBHOOK_EVENT_TYPES: { value: WebhookEventType; label: string }[] = [
  { value: 'claim.queued', label: 'Claim queued' },
  { value: 'review.state_changed', label: 'Review state changed' },
  { value: 'verdict.published', label: 'Verdict published' },
  { value: 'verdict.corrected', label: 'Verdict corrected' },
];

/** claim.queued -> Claim queued; a type this UI does not know yet is shown as it is. */
export function eventTypeLabel(type: string): string {
  return WEBHOOK_EVENT_TYPES.find((t) => t.value === type)?.label ?? type;
}
