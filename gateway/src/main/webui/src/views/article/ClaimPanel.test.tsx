import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../api/types';
import { ClaimPanel } from './ClaimPanel';

vi.mock('../../auth/session', () => ({
  useSession: () => ({ can: { approve: false, editArticles: true, research: false, dashboard: true, exportCsv: true } }),
}));

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

const claim = (change: Partial<Claim>): Claim => ({
  id: 'c1', version: 3, articleId: 'a1', text: 'Unemployment fell to 3.9% in May.', originalText: 'Unemployment fell to 3.9% in May.',
  start: 0, end: 33, context: '', score: 0.9, reasons: [], origin: 'DETECTED', priority: 'NORMAL', dueAt: null,
  status: 'SUGGESTED', queuedAt: null, verdict: null, ...change,
});

describe('ClaimPanel', () => {
  const fetchMock = vi.fn();
  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('queues a single suggestion with the priority chosen in the panel', async () => {
    // No earlier checks match, and the queueing succeeds.
    fetchMock.mockImplementation(async () => json([]));
    const onChanged = vi.fn();
    render(<ClaimPanel claim={claim({})} onChanged={onChanged} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Queue for checking' }));
    await userEvent.selectOptions(screen.getByLabelText('Priority'), 'URGENT');
    await userEvent.click(await screen.findByRole('button', { name: 'Queue 1 claim' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));

    const queued = fetchMock.mock.calls.find(([path]) => path === '/api/articles/a1/queue');
    expect(JSON.parse((queued![1] as RequestInit).body as string)).toEqual({
      claims: [{ claimId: 'c1', version: 3 }],
      priority: 'URGENT',
    });
  });

  it('says when an edit removed the sentence of a claim in the desk', () => {
    render(<ClaimPanel claim={claim({ status: 'QUEUED', start: null, end: null })} onChanged={() => {}} onClose={() => {}} />);
    expect(screen.getByText('No longer in the text')).toBeTruthy();
  });
});
