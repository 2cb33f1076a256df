import { http } from './client';
import type { NotificationKind } from './notifications';

/** The signed-in user's preferences (review-service); fields this UI does not edit are sent back untouched. */
export interface Preferences {
  language: string;
  /** Which notifications also come by e-mail; `available` says whether this desk sends mail at all. */
  email: { available: boolean; kinds: NotificationKind[] };
  [field: string]: unknown;
}

const PATH = '/api/reviews/me/preferences';

export const preferencesApi = {
  get: () => http.get<Preferences>(PATH),
  save: (preferences: Preferences) => http.put<Preferences>(PATH, preferences),
};
