export type Role = 'editor' | 'reviewer' | 'admin' | string;

export interface Me {
  username: string;
  name: string;
  email: string;
  roles: Role[];
  csrfToken: string;
}

export type ArticleFormat = 'TEXT' | 'MARKDOWN' | 'HTML';
export type ClaimStatus = 'SUGGESTED' | 'DISMISSED' | 'QUEUED' | 'IN_REVIEW' | 'VERDICT' | 'WITHDRAWN';
export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type Rating =
  | 'TRUE'
  | 'MOSTLY_TRUE'
  | 'HALF_TRUE'
  | 'MOSTLY_FALSE'
  | 'FALSE'
  | 'MISLEADING'
  | 'UNPROVEN'
  | 'NOT_A_CLAIM';
export type ReviewState =
  | 'QUEUED'
  | 'IN_RESEARCH'
  | 'SUBMITTED'
  | 'CHANGES_REQUESTED'
  | 'PUBLISHED'
  | 'CORRECTED'
  | 'WITHDRAWN';

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface ClaimVerdict {
  rating: Rating;
  ratingValue: number | null;
  label: string;
  summary: string;
  reviewId: string;
  reviewUrl: string;
  publishedAt: string;
  verdictVersion: number;
}

export interface Claim {
  id: string;
  version: number;
  articleId: string;
  text: string;
  originalText: string;
  /** Null only when an edit removed the sentence of a claim already in review. */
  start: number | null;
  end: number | null;
  context: string;
  score: number | null;
  reasons: string[];
  origin: 'DETECTED' | 'EDITOR';
  priority: Priority;
  dueAt: string | null;
  status: ClaimStatus;
  queuedAt: string | null;
  verdict: ClaimVerdict | null;
}

export interface ArticleSummary {
  id: string;
  title: string;
  author: string | null;
  publication: string | null;
  status: string;
  createdAt: string;
  updatedAt: string;
  claimCounts: Record<string, number> | null;
}

export interface Article {
  id: string;
  version: number;
  title: string;
  body: string;
  sourceUrl: string | null;
  author: string | null;
  publication: string | null;
  language: string | null;
  status: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  claims: Claim[];
}

export interface ArticleInput {
  title: string;
  body: string;
  format: ArticleFormat;
  sourceUrl?: string;
  author?: string;
  publication?: string;
  language?: string;
}

/** An earlier check of the same claim: one of ours, or (with `imported`, ids null) another organisation's. */
export interface ClaimMatch {
  claimId: string | null;
  articleId: string | null;
  articleTitle: string | null;
  text: string;
  similarity: number;
  verdict: ClaimVerdict | null;
  imported?: ImportedFactCheck;
}

/** A fact-check another organisation published, imported from its ClaimReview. */
export interface ImportedFactCheck {
  url: string;
  claimReviewed: string;
  ratingLabel: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  publisherName: string;
  publisherUrl?: string;
  claimAuthor?: string;
  appearanceUrl?: string;
  datePublished?: string;
  language?: string;
  importedAt?: string;
  importedBy?: string;
}

export interface ImportReport {
  received: number;
  imported: number;
  duplicates: number;
  items: { index: number; url: string; outcome: 'IMPORTED' | 'DUPLICATE' }[];
}

/** A saved view of the review queue: a name and the queue list's filters. */
export interface SavedFilter {
  id: string;
  name: string;
  state: string | null;
  assignee: string | null;
  priority: Priority | null;
  overdue: boolean | null;
  q: string | null;
}

/** Someone work can be assigned to, with the open items they hold. */
export interface Reviewer {
  username: string;
  openItems: number;
}

export interface ReviewSummary {
  id: string;
  version: number;
  claimId: string;
  articleId: string;
  articleTitle: string;
  claimText: string;
  priority: Priority;
  dueAt: string | null;
  overdue: boolean;
  checkWorthiness: number | null;
  state: ReviewState;
  assignee: string | null;
  updatedAt: string;
}

export interface Note {
  id: string;
  parentId: string | null;
  author: string;
  text: string;
  createdAt: string;
}

export interface Source {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  quote: string | null;
  accessedAt: string | null;
  primary: boolean;
  addedBy: string;
  addedAt: string;
}

export interface ReviewVerdict {
  rating: Rating;
  ratingValue: number | null;
  label: string;
  summary: string;
  explanation: string;
  researchedBy: string;
  submittedAt: string | null;
  approvedBy: string | null;
  publishedAt: string | null;
  verdictVersion: number;
  correctionNote: string | null;
  /** Who proposed the published correction (its approver is approvedBy). */
  correctionProposedBy?: string | null;
}

/** A correction waiting for a second person: neither its proposer nor the researcher can approve it. */
export interface PendingCorrection {
  id: string;
  basedOnVersion: number;
  rating: Rating;
  label: string;
  summary: string;
  explanation: string;
  correctionNote: string;
  proposedBy: string;
  proposedAt: string;
}

export interface Review extends ReviewSummary {
  context: string | null;
  articleUrl: string | null;
  queuedBy: string | null;
  notes: Note[];
  sources: Source[];
  verdict: ReviewVerdict | null;
  pendingCorrection?: PendingCorrection | null;
  /** The review-service's action names valid in the current state: take, assign, submit, approve, request-changes, corrections. */
  allowedTransitions: string[];
  claimReviewUrl: string | null;
}

export interface AuditEntry {
  at: string;
  actor: string;
  /** The authority used on someone else's work ("editor", "admin"), if any. */
  actingAs?: string | null;
  action: string;
  from: string | null;
  to: string | null;
  reason: string | null;
}

export interface ReviewStats {
  countsByState: Record<string, number>;
  overdue: number;
  medianSecondsInState: Record<string, number | null>;
  verdictMix: Record<string, number>;
  reviewerLoad: Record<string, number>;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  violations?: Violation[];
}

/** A field a service refused, with why. */
export interface Violation {
  field: string;
  message: string;
}

/** What a webhook endpoint can be sent: the value the review-service names and signs. */
export type WebhookEventType = 'claim.queued' | 'review.state_changed' | 'verdict.published' | 'verdict.corrected';

/** A registered webhook endpoint with its delivery figures (admins only). */
export interface Webhook {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  /** Why the service stopped sending (e.g. too many failures); null when an admin disabled it or it is active. */
  disabledReason: string | null;
  disabledAt: string | null;
  consecutiveFailures: number;
  createdBy: string;
  createdAt: string;
  secretRotatedAt: string | null;
  /** Until when the secret before the last rotation still signs beside the new one. */
  previousSecretExpiresAt: string | null;
  pendingDeliveries: number;
  failedDeliveries: number;
  lastDeliveredAt: string | null;
}

export interface WebhookInput {
  url: string;
  description: string | null;
  eventTypes: string[];
}

/** A new endpoint and its signing secret, which is shown this once. */
export interface CreatedWebhook {
  webhook: Webhook;
  secret: string;
}

export interface RotatedSecret {
  secret: string;
  previousSecretExpiresAt: string;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface Delivery {
  id: string;
  eventType: string;
  claimId: string;
  status: DeliveryStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
}

export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** A delivery with the exact JSON body sent and every attempt to send it. */
export interface DeliveryDetail {
  delivery: Delivery;
  payload: string;
  attempts: DeliveryAttempt[];
}
