import { http, query } from './client';
import type { AuditEntry, Page, Priority, Rating, Review, Reviewer, ReviewStats, ReviewSummary, SavedFilter, Source } from './types';

const base = '/api/reviews';
const enc = encodeURIComponent;

export interface ReviewFilter {
  state?: string;
  assignee?: string;
  priority?: Priority | '';
  overdue?: boolean;
  /** Claims containing this text (3..200 characters, case-insensitive). */
  q?: string;
  after?: string | null;
  limit?: number;
}

export interface VerdictInput {
  rating: Rating;
  label: string;
  summary: string;
  explanation: string;
}

export type SourceInput = Omit<Source, 'id' | 'addedBy' | 'addedAt'>;

type Versioned = Pick<Review, 'id' | 'version'>;

export const reviewsApi = {
  list: (filter: ReviewFilter) => http.get<Page<ReviewSummary>>(base + query({ ...filter })),
  get: (id: string) => http.get<Review>(`${base}/${enc(id)}`),
  byClaim: (claimId: string) => http.get<Review>(`${base}/by-claim/${enc(claimId)}`),
  take: (r: Versioned) => http.post<Review>(`${base}/${enc(r.id)}/take`, { version: r.version }),
  reviewers: () => http.get<Reviewer[]>(`${base}/reviewers`),
  savedFilters: () => http.get<SavedFilter[]>(`${base}/saved-filters`),
  saveFilter: (name: string, filter: ReviewFilter) =>
    http.post<SavedFilter>(`${base}/saved-filters`, {
      name,
      state: filter.state || undefined,
      assignee: filter.assignee || undefined,
      priority: filter.priority || undefined,
      overdue: filter.overdue || undefined,
      q: filter.q || undefined,
    }),
  deleteFilter: (id: string) => http.delete<void>(`${base}/saved-filters/${enc(id)}`),
  assign: (r: Versioned, assignee: string) =>
    http.post<Review>(`${base}/${enc(r.id)}/assign`, { assignee, version: r.version }),
  addNote: (id: string, text: string, parentId?: string) =>
    http.post<unknown>(`${base}/${enc(id)}/notes`, { text, parentId }),
  addSource: (id: string, source: SourceInput) => http.post<unknown>(`${base}/${enc(id)}/sources`, source),
  submit: (r: Versioned, verdict: VerdictInput) =>
    http.post<Review>(`${base}/${enc(r.id)}/submit`, { ...verdict, version: r.version }),
  approve: (r: Versioned) => http.post<Review>(`${base}/${enc(r.id)}/approve`, { version: r.version }),
  requestChanges: (r: Versioned, reason: string) =>
    http.post<Review>(`${base}/${enc(r.id)}/request-changes`, { reason, version: r.version }),
  /** Proposes a correction; it is published only when a second person approves it. */
  proposeCorrection: (r: Versioned, correction: VerdictInput & { correctionNote: string }) =>
    http.post<Review>(`${base}/${enc(r.id)}/corrections`, { ...correction, version: r.version }),
  decideCorrection: (r: Versioned, proposalId: string, decision: 'approve' | 'reject') =>
    http.post<Review>(`${base}/${enc(r.id)}/corrections/${enc(proposalId)}/${decision}`, { version: r.version }),
  /** The first 100 entries of the (paged) audit trail. */
  audit: (id: string) =>
    http.get<Page<AuditEntry>>(`${base}/${enc(id)}/audit` + query({ limit: 100 })).then((page) => page.items),
  claimReview: (id: string) =>
    http.get<string>(`${base}/${enc(id)}/claim-review`, { accept: 'application/ld+json' }),
  stats: () => http.get<ReviewStats>(`${base}/stats`),
};

/** The CSV exports (editors and admins); the queue's takes the queue list's filters, without paging. */
export const exportPaths = {
  queue: (filter: Pick<ReviewFilter, 'state' | 'assignee' | 'priority' | 'overdue' | 'q'>) =>
    `${base}/export/queue.csv` +
    query({ state: filter.state, assignee: filter.assignee, priority: filter.priority, overdue: filter.overdue, q: filter.q }),
  verdicts: () => `${base}/export/verdicts.csv`,
  stats: () => `${base}/export/stats.csv`,
};
