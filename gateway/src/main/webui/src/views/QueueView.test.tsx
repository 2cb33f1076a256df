import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me, ReviewSummary } from '../api/types';
import { SessionProvider } from '../auth/session';
import i18n from '../i18n';
import { QueueView } from './QueueView';

const me: Me = { username: 'erin', name: 'Erin', email: 'e@x', roles: ['editor'], csrfToken: 't' };

const item = (priority: ReviewSummary['priority']): ReviewSummary => ({
  id: 'r1',
  version: 1,
  claimId: 'c1',
  articleId: 'a1',
  articleTitle: 'Budget 2027',
  claimText: 'Unemployment halved.',
  priority,
  dueAt: null,
  overdue: false,
  checkWorthiness: 0.85,
  state: 'QUEUED',
  assignee: null,
  updatedAt: '2026-12-05T10:00:00Z',
});

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('QueueView search', () => {
  const fetchMock = vi.fn();
  const queueCalls = () => fetchMock.mock.calls.filter(([path]) => String(path).startsWith('/api/reviews?'));
  beforeEach(async () => {
    vi.stubGlobal('fetch', fetchMock);
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('asks the service again when the same search is sent again, and shows what is there now', async () => {
    let priority: ReviewSummary['priority'] = 'NORMAL';
    fetchMock.mockImplementation((path: string) =>
      Promise.resolve(json(String(path).includes('saved-filters') || String(path).includes('reviewers') ? [] : { items: [item(priority)], next: null })),
    );
    const { container } = render(
      <SessionProvider me={me}>
        <QueueView />
      </SessionProvider>,
    );
    fireEvent.change(screen.getByLabelText('Search claims'), { target: { value: 'unemployment' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(queueCalls().some(([path]) => String(path).includes('q=unemployment'))).toBe(true));
    await waitFor(() => expect(container.querySelector('[data-review-id="r1"]')?.textContent).toContain('Normal'));
    const before = queueCalls().length;

    priority = 'URGENT';
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(queueCalls().length).toBe(before + 1));
    await waitFor(() => expect(container.querySelector('[data-review-id="r1"]')?.textContent).toContain('Urgent'));
  });
});
