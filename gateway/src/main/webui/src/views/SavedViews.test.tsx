import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SavedViews } from './SavedViews';

function json(body: unknown, status = 200) {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const urgent = { id: 'v1', name: 'Urgent for me', state: 'IN_RESEARCH', assignee: 'me', priority: 'URGENT', overdue: null, q: 'bus' };

describe('SavedViews', () => {
  const fetchMock = vi.fn();
  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('applies a saved view, saves the filters on screen under a name and deletes a view', async () => {
    fetchMock.mockResolvedValueOnce(json([urgent]));
    const onApply = vi.fn();
    const filter = { state: 'QUEUED', assignee: '', priority: 'HIGH' as const, overdue: true, q: '' };
    render(<SavedViews filter={filter} onApply={onApply} />);

    await screen.findByRole('option', { name: 'Urgent for me' });
    await userEvent.selectOptions(screen.getByLabelText('Saved views'), 'v1');
    expect(onApply).toHaveBeenCalledWith({ state: 'IN_RESEARCH', assignee: 'me', priority: 'URGENT', overdue: false, q: 'bus' });

    fetchMock.mockResolvedValueOnce(json({ ...urgent, id: 'v2', name: 'High, overdue' }, 201));
    fetchMock.mockResolvedValueOnce(json([urgent, { ...urgent, id: 'v2', name: 'High, overdue' }]));
    await userEvent.type(screen.getByLabelText('Save these filters as'), 'High, overdue');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    await screen.findByRole('option', { name: 'High, overdue' });
    const [path, init] = fetchMock.mock.calls[1];
    expect(path).toBe('/api/reviews/saved-filters');
    expect(JSON.parse((init as RequestInit).body as string)).toEqual({
      name: 'High, overdue',
      state: 'QUEUED',
      priority: 'HIGH',
      overdue: true,
    });

    fetchMock.mockResolvedValueOnce(json(null, 204));
    fetchMock.mockResolvedValueOnce(json([urgent]));
    await userEvent.click(screen.getByRole('button', { name: 'Delete view' }));
    await vi.waitFor(() => expect(screen.queryByRole('option', { name: 'High, overdue' })).toBeNull());
    expect(fetchMock.mock.calls[3][0]).toBe('/api/reviews/saved-filters/v2');
    expect((fetchMock.mock.calls[3][1] as RequestInit).method).toBe('DELETE');
  });
});
