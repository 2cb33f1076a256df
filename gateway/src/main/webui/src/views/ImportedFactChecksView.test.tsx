import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { SessionProvider } from '../auth/session';
import { ImportedFactChecksView } from './ImportedFactChecksView';

const editor: Me = { username: 'erin', name: 'Erin', email: 'e@x', roles: ['editor'], csrfToken: 't' };
const reviewer: Me = { ...editor, username: 'rita', roles: ['reviewer'] };

const fact = {
  url: 'https://checkers.example.org/jobs',
  claimReviewed: 'Unemployment fell to 3.9 percent in March.',
  ratingLabel: 'False',
  publisherName: 'Example Checkers',
  importedAt: '2026-12-07T10:00:00Z',
  importedBy: 'erin',
};

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function renderAs(me: Me) {
  return render(
    <SessionProvider me={me}>
      <ImportedFactChecksView />
    </SessionProvider>,
  );
}

describe('ImportedFactChecksView', () => {
  const fetchMock = vi.fn();

  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('lists other organisations’ fact-checks linked to their pages, and reviewers cannot import', async () => {
    fetchMock.mockResolvedValue(json({ items: [fact], next: null }));
    renderAs(reviewer);
    const link = await screen.findByRole('link', { name: 'Example Checkers' });
    expect(link.getAttribute('href')).toBe('https://checkers.example.org/jobs');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('Unemployment fell to 3.9 percent in March.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });

  it('imports a pasted document and reports what was new', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [], next: null }));
    fetchMock.mockResolvedValueOnce(json({ received: 2, imported: 1, duplicates: 1, items: [] }));
    fetchMock.mockResolvedValueOnce(json({ items: [fact], next: null }));
    renderAs(editor);
    await screen.findByText('No fact-checks imported yet.');

    await userEvent.click(screen.getByRole('textbox'));
    await userEvent.paste('{"@type": "DataFeed", "dataFeedElement": []}');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect((await screen.findByRole('status')).textContent).toBe('Imported 1 of 2; 1 already there.');
    const [path, init] = fetchMock.mock.calls[1];
    expect(path).toBe('/api/articles/imports/claim-reviews');
    expect((init as RequestInit).method).toBe('POST');
    expect(JSON.parse((init as RequestInit).body as string)).toEqual({ '@type': 'DataFeed', dataFeedElement: [] });
    await screen.findByRole('link', { name: 'Example Checkers' });
  });

  it('names every problem of a refused document, and does not send what is not JSON', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [], next: null }));
    fetchMock.mockResolvedValueOnce(
      json(
        {
          status: 400,
          title: 'Bad Request',
          detail: '2 problems in the document, nothing was imported: items[1].url is required; …',
          violations: [
            { field: 'items[1].url', message: 'is required' },
            { field: 'items[2].author.name', message: 'is required' },
          ],
        },
        400,
        'application/problem+json',
      ),
    );
    renderAs(editor);
    await screen.findByText('No fact-checks imported yet.');

    await userEvent.click(screen.getByRole('textbox'));
    await userEvent.paste('not json');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This is not JSON/);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await userEvent.clear(screen.getByRole('textbox'));
    await userEvent.paste('[]');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const problems = await screen.findByRole('list', { name: 'Problems in the document' });
    await waitFor(() => expect(problems.textContent).toContain('items[2].author.name is required'));
    expect(screen.getByRole('alert').textContent).toMatch(/nothing was imported/);
  });
});
