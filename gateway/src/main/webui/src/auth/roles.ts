import type { Me } from '../api/types';

/**
 * What the signed-in user may do, derived from realm roles. The services refuse the same actions on
 * their own; this only decides which controls are shown.
 */
export interface Capabilities {
  /** Create and edit articles, add, dismiss, queue and withdraw claims. */
  editArticles: boolean;
  /** Work the review queue: take items, research, submit verdicts (editors may pitch in). */
  research: boolean;
  /** Approve or send back submitted verdicts, correct published ones. */
  approve: boolean;
  /** See the desk dashboard. */
  dashboard: boolean;
  /** Download the CSV exports (queue, verdicts, figures). */
  exportCsv: boolean;
  /** Register webhook endpoints, rotate their secrets, read and replay their deliveries (admins only). */
  manageWebhooks: boolean;
}

const has = (me: Pick<Me, 'roles'> | null, role: string) => !!me && me.roles.includes(role);

export function capabilitiesOf(me: Pick<Me, 'roles'> | null): Capabilities {
  const admin = has(me, 'admin');
  const editor = has(me, 'editor') || admin;
  const reviewer = has(me, 'reviewer') || admin;
  return {
    editArticles: editor,
    research: reviewer || editor,
    approve: editor,
    dashboard: editor || reviewer,
    exportCsv: editor,
    manageWebhooks: admin,
  };
}

/** Where a user lands after login: editors start from their articles, reviewers from the queue. */
export function homePath(me: Pick<Me, 'roles'> | null): string {
  const can = capabilitiesOf(me);
  if (can.editArticles) return '/articles';
  if (can.research) return '/queue';
  return '/articles';
}
