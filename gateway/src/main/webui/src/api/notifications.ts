import { http, query } from './client';
import type { Page } from './types';

export type NotificationKind = 'ASSIGNED' | 'CHANGES_REQUESTED' | 'SUBMITTED_FOR_APPROVAL' | 'PUBLISHED' | 'CORRECTED' | 'OVERDUE';

export const NOTIFICATION_KINDS: NotificationKind[] = ['ASSIGNED', 'CHANGES_REQUESTED', 'SUBMITTED_FOR_APPROVAL', 'PUBLISHED', 'CORRECTED', 'OVERDUE'];

/** One line of the signed-in user's inbox (GET /api/reviews/notifications). */
export interface Notification {
  id: string;
  kind: NotificationKind;
  reviewId: string;
  claimText: string;
  /** Who made the change; null when the overdue check raised it. */
  actor: string | null;
  createdAt: string;
  read: boolean;
}

const base = '/api/reviews/notifications';

/** The signed-in user's own inbox; the review-service never shows anyone else's. */
export const notificationsApi = {
  /** Newest first. */
  list: (filter: { unread?: boolean; after?: string | null; limit?: number }) =>
    http.get<Page<Notification>>(base + query({ unread: filter.unread, after: filter.after, limit: filter.limit })),
  unreadCount: () => http.get<{ unread: number }>(`${base}/unread-count`),
  markRead: (id: string) => http.post<void>(`${base}/${encodeURIComponent(id)}/read`),
  markAllRead: () => http.post<{ marked: number }>(`${base}/read-all`),
};
