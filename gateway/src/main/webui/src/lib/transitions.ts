import type { Review, ReviewState } from '../api/types';

export type ReviewAction = 'take' | 'assign' | 'submit' | 'approve' | 'requestChanges' | 'correct';

/** How review-service may name each action in `allowedTransitions`: by verb or by target state. */
const NAMES: Record<ReviewAction, string[]> = {
  take: ['take', 'in-research'],
  assign: ['assign'],
  submit: ['submit', 'submitted'],
  approve: ['approve', 'published', 'publish'],
  requestChanges: ['request-changes', 'changes-requested'],
  correct: ['correct', 'correction', 'corrections', 'corrected'],
};

/** Where each action is possible when the service sends no list (older answers). */
const FROM: Record<ReviewAction, ReviewState[]> = {
  take: ['QUEUED', 'CHANGES_REQUESTED'],
  assign: ['QUEUED', 'IN_RESEARCH', 'CHANGES_REQUESTED'],
  submit: ['IN_RESEARCH'],
  approve: ['SUBMITTED'],
  requestChanges: ['SUBMITTED'],
  correct: ['PUBLISHED', 'CORRECTED'],
};

const normal = (name: string) => name.trim().toLowerCase().replace(/[_\s]+/g, '-');

/** Whether the service offers `action` on this review to the current user. */
export function offers(review: Pick<Review, 'state' | 'allowedTransitions'>, action: ReviewAction): boolean {
  if (!Array.isArray(review.allowedTransitions)) return FROM[action].includes(review.state);
  const names = new Set(review.allowedTransitions.map(normal));
  return NAMES[action].some((n) => names.has(n));
}
