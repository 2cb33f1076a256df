import { http } from './client';

/** The signed-in user's preferences (review-service); fields this UI does not edit are sent back untouched. */
export interface Preferences {
  language: string;
  [field: string]: unknown;
}

const PATH = '/api/reviews/me/preferences';

export const preferencesApi = {
  get: () => http.get<Preferences>(PATH),
  save: (preferences: Preferences) => http.put<Preferences>(PATH, preferences),
};
