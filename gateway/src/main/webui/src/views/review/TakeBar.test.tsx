import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me, Review } from '../../api/types';
import { SessionProvider } from '../../auth/session';
import { TakeBar } from './TakeBar';

const editor: Me = { username: 'erin', name: 'Erin', email: 'e@x', roles: ['editor'], csrfToken: 't' };
const queued = { id: 'r1', version: 3, state: 'QUEUED', allowedTransitions: ['take', 'assign'] } as unknown as Review;

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('TakeBar reviewer picker', () => {
  const fetchMock = vi.fn();
  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('lists the reviewers with their open load and assigns the one chosen', async () => {
    fetchMock.mockResolvedValueOnce(
      json([
        { username: 'reviewer2', openItems: 1 },
        { username: 'reviewer', openItems: 4 },
      ]),
    );
    fetchMock.mockResolvedValueOnce(json({ ...queued, state: 'IN_RESEARCH', assignee: 'reviewer' }));
    const onChanged = vi.fn();
    render(
      <SessionProvider me={editor}>
        <TakeBar review={queued} onChanged={onChanged} />
      </SessionProvider>,
    );

    await screen.findByRole('option', { name: 'reviewer2 (1 open)' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a reviewer',
      'reviewer2 (1 open)',
      'reviewer (4 open)',
    ]);
    expect(screen.getByRole('button', { name: 'Assign' })).toHaveProperty('disabled', true);

    await userEvent.selectOptions(screen.getByLabelText('Assign to'), 'reviewer');
    await userEvent.click(screen.getByRole('button', { name: 'Assign' }));
    const [path, init] = fetchMock.mock.calls[1];
    expect(path).toBe('/api/reviews/r1/assign');
    expect(JSON.parse((init as RequestInit).body as string)).toEqual({ assignee: 'reviewer', version: 3 });
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });
});
