import { http, query } from './client';
import type { Article, ArticleInput, ArticleSummary, Claim, ClaimMatch, ImportedFactCheck, ImportReport, Page, Priority } from './types';

const base = '/api/articles';
const enc = encodeURIComponent;

export interface ArticleFilter {
  q?: string;
  status?: string;
  author?: string;
  after?: string | null;
  limit?: number;
}

export const articlesApi = {
  list: (filter: ArticleFilter) => http.get<Page<ArticleSummary>>(base + query({ ...filter })),
  get: (id: string) => http.get<Article>(`${base}/${enc(id)}`),
  create: (input: ArticleInput) => http.post<Article>(base, input),
  update: (id: string, input: ArticleInput & { version: number }) => http.put<Article>(`${base}/${enc(id)}`, input),
  addClaim: (id: string, start: number, end: number) => http.post<Claim>(`${base}/${enc(id)}/claims`, { start, end }),
  updateClaim: (
    claim: Pick<Claim, 'articleId' | 'id' | 'version'>,
    change: { text?: string; priority?: Priority; dueAt?: string | null },
  ) => http.patch<Claim>(`${base}/${enc(claim.articleId)}/claims/${enc(claim.id)}`, { ...change, version: claim.version }),
  dismiss: (claim: Claim) =>
    http.post<Claim>(`${base}/${enc(claim.articleId)}/claims/${enc(claim.id)}/dismiss`, { version: claim.version }),
  withdraw: (claim: Claim, reason: string) =>
    http.post<Claim>(`${base}/${enc(claim.articleId)}/claims/${enc(claim.id)}/withdraw`, {
      reason: reason || undefined,
      version: claim.version,
    }),
  queue: (articleId: string, claims: Claim[], priority?: Priority, dueAt?: string | null) =>
    http.post<unknown>(`${base}/${enc(articleId)}/queue`, {
      claims: claims.map((c) => ({ claimId: c.id, version: c.version })),
      priority,
      dueAt: dueAt || undefined,
    }),
  matches: (claim: Pick<Claim, 'articleId' | 'id'>) =>
    http.get<ClaimMatch[]>(`${base}/${enc(claim.articleId)}/claims/${enc(claim.id)}/matches`),
  /** Other organisations' ClaimReviews: a ClaimReview, an array of them, a JSON-LD @graph or a DataFeed. */
  importClaimReviews: (document: unknown) => http.post<ImportReport>(`${base}/imports/claim-reviews`, document),
  imported: (after: string | null, limit: number) =>
    http.get<Page<ImportedFactCheck>>(`${base}/imports/claim-reviews` + query({ after, limit })),
};
