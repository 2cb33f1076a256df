import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me, ReviewSummary } from '../api/types';
import { SessionProvider } from '../auth/session';
import i18n from '../i18n';
import { QueueView } from './QueueView';

const me: Me = { username: 'rita', name: 'Rita', email: 'r@x', roles: ['reviewer'], csrfToken: 't' };

const item: ReviewSummary = {
  id: 'r1',
  version: 1,
  claimId: 'c1',
  articleId: 'a1',
  articleTitle: 'Presupuesto 2027',
  claimText: 'El desempleo bajó a la mitad.',
  priority: 'HIGH',
  dueAt: '2026-12-06T15:00:00Z',
  overdue: true,
  checkWorthiness: 0.85,
  state: 'QUEUED',
  assignee: null,
  updatedAt: '2026-12-05T10:00:00Z',
};

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('QueueView in Spanish', () => {
  const fetchMock = vi.fn();
  beforeEach(async () => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockImplementation((path: string) =>
      Promise.resolve(json(path.includes('saved-filters') ? [] : { items: [item], next: null })),
    );
    await i18n.changeLanguage('es');
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('shows headings, labels, states, numbers and dates in Spanish', async () => {
    const { container } = render(
      <SessionProvider me={me}>
        <QueueView />
      </SessionProvider>,
    );
    await screen.findByRole('link', { name: item.claimText });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cola de revisión');
    expect(screen.getByLabelText('Buscar afirmaciones')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tomar' })).toBeTruthy();
    const card = container.querySelector('[data-review-id="r1"]')!;
    const text = card.textContent ?? '';
    expect(text).toContain('En cola');
    expect(text).toContain('Alta');
    expect(text).toContain('Vencido');
    expect(text).toContain('sin asignar');
    // Intl in Spanish: a space before the percent sign, the month in Spanish.
    expect(text).toMatch(/relevancia para verificar 85\s%/);
    expect(text).toMatch(/dic/);
  });
});
