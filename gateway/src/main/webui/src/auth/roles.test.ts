import { describe, expect, it } from 'vitest';
import { offers } from '../lib/transitions';
import { capabilitiesOf, homePath } from './roles';

describe('role gating', () => {
  it('gives reviewers research but no editing or approval', () => {
    expect(capabilitiesOf({ roles: ['reviewer'] })).toEqual({
      editArticles: false,
      research: true,
      approve: false,
      dashboard: true,
      exportCsv: false,
      manageWebhooks: false,
    });
  });

  it('gives editors articles, research, approval and exports, but not webhooks', () => {
    expect(capabilitiesOf({ roles: ['editor', 'offline_access'] })).toEqual({
      editArticles: true,
      research: true,
      approve: true,
      dashboard: true,
      exportCsv: true,
      manageWebhooks: false,
    });
  });

  it('gives admins everything and unknown users nothing', () => {
    expect(Object.values(capabilitiesOf({ roles: ['admin'] })).every(Boolean)).toBe(true);
    expect(Object.values(capabilitiesOf({ roles: [] })).some(Boolean)).toBe(false);
    expect(Object.values(capabilitiesOf(null)).some(Boolean)).toBe(false);
  });

  it('lets only admins manage webhooks', () => {
    expect(capabilitiesOf({ roles: ['editor', 'reviewer'] }).manageWebhooks).toBe(false);
    expect(capabilitiesOf({ roles: ['admin'] }).manageWebhooks).toBe(true);
  });

  it('sends editors to their articles and reviewers to the queue', () => {
    expect(homePath({ roles: ['editor'] })).toBe('/articles');
    expect(homePath({ roles: ['reviewer'] })).toBe('/queue');
  });
});

describe('review transitions', () => {
  it('reads verbs and target states in any case', () => {
    expect(offers({ state: 'QUEUED', allowedTransitions: ['TAKE'] }, 'take')).toBe(true);
    expect(offers({ state: 'SUBMITTED', allowedTransitions: ['PUBLISHED', 'CHANGES_REQUESTED'] }, 'approve')).toBe(true);
    expect(offers({ state: 'SUBMITTED', allowedTransitions: ['request-changes'] }, 'requestChanges')).toBe(true);
    expect(offers({ state: 'SUBMITTED', allowedTransitions: ['request-changes'] }, 'approve')).toBe(false);
    expect(offers({ state: 'PUBLISHED', allowedTransitions: ['corrections'] }, 'correct')).toBe(true);
  });

  it('offers nothing when the service lists nothing for this user', () => {
    expect(offers({ state: 'QUEUED', allowedTransitions: [] }, 'take')).toBe(false);
  });
});
