import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { SessionProvider } from '../auth/session';
import { InboxView } from './InboxView';

const reviewer: Me = { username: 'rita', name: 'Rita', email: 'r@x', roles: ['reviewer'], csrfToken: 't' };

const assigned = {
  id: 'n-1',
  kind: 'ASSIGNED',
  reviewId: 'r-1',
  claimText: 'Unemployment fell to 3.9 percent in March.',
  actor: 'erin',
  createdAt: '2026-12-07T10:00:00Z',
  read: false,
};
const overdue = { ...assigned, id: 'n-2', kind: 'OVERDUE', reviewId: 'r-2', actor: null, read: true };

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('InboxView', () => {
  const fetchMock = vi.fn();

  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('lists notifications by kind with who caused them, and marks one read', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [assigned, overdue], next: null }));
    render(
      <SessionProvider me={reviewer}>
        <InboxView />
      </SessionProvider>,
    );
    const items = await screen.findAllByTestId('notification');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Assigned to you'),
      expect.stringContaining('Overdue'),
    ]);
    expect(items[0].textContent).toContain('by erin');
    expect(items[1].textContent).not.toContain('by ');
    // Only the unread one offers "Mark read".
    expect(screen.getAllByRole('button', { name: 'Mark read' })).toHaveLength(1);

    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    fetchMock.mockResolvedValueOnce(json({ items: [{ ...assigned, read: true }, overdue], next: null }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    await waitFor(() => expect(screen.queryAllByRole('button', { name: 'Mark read' })).toHaveLength(0));
    const [path, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(path).toBe('/api/reviews/notifications/n-1/read');
    expect(init.method).toBe('POST');
  });

  it('asks only for unread ones when filtered', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [assigned], next: null }));
    fetchMock.mockResolvedValueOnce(json({ items: [], next: null }));
    render(
      <SessionProvider me={reviewer}>
        <InboxView />
      </SessionProvider>,
    );
    await screen.findAllByTestId('notification');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await screen.findByText('Nothing unread.');
    expect(fetchMock.mock.calls[1][0]).toBe('/api/reviews/notifications?unread=true&limit=20');
  });
});
