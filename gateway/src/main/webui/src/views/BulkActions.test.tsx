import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReviewSummary } from '../api/types';
import { BulkActions, BulkReport } from './BulkActions';

vi.mock('../auth/session', () => ({
  useSession: () => ({ can: { approve: true, editArticles: true, research: true, dashboard: true, exportCsv: true } }),
}));

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const item = (n: number): ReviewSummary =>
  ({
    id: `r${n}`,
    version: n,
    claimId: `c${n}`,
    articleId: `a${n}`,
    articleTitle: `Article ${n}`,
    claimText: `Claim ${n}`,
    priority: 'NORMAL',
    dueAt: null,
    overdue: false,
    checkWorthiness: 0.5,
    state: 'QUEUED',
    assignee: null,
    updatedAt: '2026-12-07T10:00:00Z',
  }) as ReviewSummary;

describe('BulkActions', () => {
  const fetchMock = vi.fn();
  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('assigns every selected item with its own version and reports what did not change', async () => {
    fetchMock.mockImplementation(async (path: string, init?: RequestInit) => {
      if (path === '/api/reviews/reviewers') return json([{ username: 'reviewer2', openItems: 1 }]);
      const body = JSON.parse(init!.body as string);
      if (path === '/api/reviews/r2/assign') {
        return json({ type: 'urn:factdesk:problem:conflict', title: 'Conflict', status: 409, detail: 'someone else changed this review' }, 409);
      }
      return json({ id: path.split('/')[3], version: body.version + 1 });
    });
    const onFinished = vi.fn();
    render(<BulkActions selected={[item(1), item(2), item(3)]} onFinished={onFinished} />);
    await screen.findByRole('option', { name: 'reviewer2 (1 open)' });
    await userEvent.selectOptions(screen.getByLabelText('Assign to'), 'reviewer2');
    await userEvent.click(screen.getByRole('button', { name: 'Apply to 3' }));
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(1));

    const assigns = fetchMock.mock.calls.filter(([path]) => String(path).endsWith('/assign'));
    expect(assigns.map(([path, init]) => [path, JSON.parse((init as RequestInit).body as string)])).toEqual([
      ['/api/reviews/r1/assign', { assignee: 'reviewer2', version: 1 }],
      ['/api/reviews/r2/assign', { assignee: 'reviewer2', version: 2 }],
      ['/api/reviews/r3/assign', { assignee: 'reviewer2', version: 3 }],
    ]);
    const outcomes = onFinished.mock.calls[0][0];
    expect(outcomes.map((o: { ok: boolean }) => o.ok)).toEqual([true, false, true]);

    render(<BulkReport outcomes={outcomes} onDismiss={() => undefined} />);
    expect(screen.getByRole('status').textContent).toMatch(/^2 of 3 changed; 1 not changed:/);
    expect(screen.getByRole('list', { name: 'Items not changed' }).textContent).toBe('Claim 2: someone else changed this review');
  });

  it('sets the priority on each claim with the claim version its article holds', async () => {
    fetchMock.mockImplementation(async (path: string, init?: RequestInit) => {
      if (path === '/api/reviews/reviewers') return json([]);
      if (!init || init.method === undefined || init.method === 'GET') {
        const n = path.replace('/api/articles/a', '');
        return json({ id: `a${n}`, claims: [{ id: `c${n}`, articleId: `a${n}`, version: 40 + Number(n) }] });
      }
      return json({ id: 'x', version: 1 });
    });
    const onFinished = vi.fn();
    render(<BulkActions selected={[item(1), item(2)]} onFinished={onFinished} />);
    await userEvent.selectOptions(screen.getByLabelText('Action'), 'priority');
    await userEvent.selectOptions(screen.getByLabelText('Priority'), 'URGENT');
    await userEvent.click(screen.getByRole('button', { name: 'Apply to 2' }));
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(1));
    const patches = fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'PATCH');
    expect(patches.map(([path, init]) => [path, JSON.parse((init as RequestInit).body as string)])).toEqual([
      ['/api/articles/a1/claims/c1', { priority: 'URGENT', version: 41 }],
      ['/api/articles/a2/claims/c2', { priority: 'URGENT', version: 42 }],
    ]);
    expect(onFinished.mock.calls[0][0].every((o: { ok: boolean }) => o.ok)).toBe(true);
  });
});
