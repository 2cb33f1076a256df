import type { ClaimStatus, Priority, Rating, ReviewState, WebhookEventType } from '../api/types';
import i18n from '../i18n';

export const RATINGS: Rating[] = ['TRUE', 'MOSTLY_TRUE', 'HALF_TRUE', 'MOSTLY_FALSE', 'FALSE', 'MISLEADING', 'UNPROVEN', 'NOT_A_CLAIM'];

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

export const WEBHOOK_EVENT_TYPES: WebhookEventType[] = ['claim.queued', 'review.state_changed', 'verdict.published', 'verdict.corrected'];

/** LIKE_THIS -> Like this */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A service value's display name from the catalogue; a value this UI does not know yet is shown as `fallback`. */
function named(key: string, fallback: string): string {
  return i18n.t(key as never, { defaultValue: fallback });
}

/** A state or status of an article, claim, review item or delivery: "In research". */
export function statusLabel(value: string | null | undefined): string {
  return value ? named(`enums:status.${value}`, humanize(value)) : '';
}

export function priorityLabel(priority: string): string {
  return named(`enums:priority.${priority}`, humanize(priority));
}

export function ratingLabel(rating: string | null | undefined): string {
  return rating ? named(`enums:rating.${rating}.label`, humanize(rating)) : '';
}

export function ratingMeaning(rating: Rating): string {
  return named(`enums:rating.${rating}.meaning`, '');
}

/** claim.queued -> Claim queued; a type this UI does not know yet is shown as it is. */
export function eventTypeLabel(type: string): string {
  return named(`enums:eventType.${type.replace(/\./g, '_')}`, type);
}

/** What someone did to a review item, as the history lists it ("take", "request changes"). */
export function auditActionLabel(action: string): string {
  return named(`enums:auditAction.${action}`, humanize(action).toLowerCase());
}

/** The CSS modifier for a claim: verdicts by rating, everything else by status. */
export function claimTone(claim: { status: ClaimStatus; verdict: { rating: Rating } | null }): string {
  if (claim.status === 'VERDICT' && claim.verdict) return `rating-${claim.verdict.rating.toLowerCase().replace(/_/g, '-')}`;
  return `status-${claim.status.toLowerCase().replace(/_/g, '-')}`;
}

/** Dates and numbers in the UI language, in the browser's own variant of it when it has one (en-GB, es-MX). */
export function formatLocale(): string {
  const lng = i18n.language;
  const own = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return own.find((tag) => tag.toLowerCase().split('-')[0] === lng) ?? lng;
}

// Building an Intl formatter is costly; one per locale and options is kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, options: object, make: (locale: string) => F): F {
  const locale = formatLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make(locale)));
  return formatter;
}
const dates = (options: Intl.DateTimeFormatOptions) => cached('date', options, (l) => new Intl.DateTimeFormat(l, options));
const numbers = (options: Intl.NumberFormatOptions = {}) => cached('number', options, (l) => new Intl.NumberFormat(l, options));

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dates({ dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Publication days of other organisations' fact-checks are days, read in UTC (a date-only ClaimReview is midnight UTC). */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dates({ dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, fractionDigits?: number): string {
  return numbers(fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** "3 h 20 min" for a median time in a stage. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  const t = i18n.t;
  if (seconds < 60) return t('common:duration.seconds', { s: formatNumber(Math.round(seconds)) });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('common:duration.minutes', { m: formatNumber(minutes) });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return minutes % 60
      ? t('common:duration.hoursMinutes', { h: formatNumber(hours), m: formatNumber(minutes % 60) })
      : t('common:duration.hours', { h: formatNumber(hours) });
  }
  return t('common:duration.days', { d: formatNumber(Math.round(hours / 24)) });
}

/** "1.5 MB" for a download's size. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return i18n.t('common:size.bytes', { n: formatNumber(bytes) });
  if (bytes < 1024 * 1024) return i18n.t('common:size.kilobytes', { n: formatNumber(bytes / 1024, 1) });
  return i18n.t('common:size.megabytes', { n: formatNumber(bytes / (1024 * 1024), 1) });
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
  return score === null || score === undefined ? '—' : numbers({ style: 'percent', maximumFractionDigits: 0 }).format(score);
}
