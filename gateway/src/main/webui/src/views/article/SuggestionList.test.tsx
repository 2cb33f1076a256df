import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article, Claim, Me } from '../../api/types';
import { SessionProvider } from '../../auth/session';
import { SuggestionList } from './SuggestionList';

const me = (roles: string[]): Me => ({ username: 'u', name: 'U', email: 'u@x', roles, csrfToken: 't' });

function suggestion(id: string, text: string, score: number, reasons: string[]): Claim {
  return {
    id, version: 1, articleId: 'a', text, originalText: text, start: 0, end: 1, context: '', score, reasons,
    origin: 'DETECTED', priority: 'NORMAL', dueAt: null, status: 'SUGGESTED', queuedAt: null, verdict: null,
  };
}

const article = {
  id: 'a', version: 1, title: 'T', body: 'x', sourceUrl: null, author: null, publication: null, language: 'en', status: 'DRAFT',
  createdBy: 'editor', createdAt: '', updatedAt: '',
  claims: [
    suggestion('low', 'It was a sunny day.', 0.12, []),
    suggestion('high', 'Unemployment fell to 3.9% in May.', 0.91, ['contains a number', 'statistical claim']),
    suggestion('mid', 'The mayor promised 500 new homes.', 0.55, ['a promise']),
  ],
} satisfies Article;

function renderAs(roles: string[]) {
  return render(
    <SessionProvider me={me(roles)}>
      <SuggestionList article={article} selectedId={null} onSelect={() => {}} onQueued={() => {}} />
    </SessionProvider>,
  );
}

describe('SuggestionList', () => {
  it('ranks suggestions by check-worthiness and shows the reasons', () => {
    const { container } = renderAs(['editor']);
    const texts = [...container.querySelectorAll('.claim-row-text')].map((e) => e.textContent);
    expect(texts).toEqual(['Unemployment fell to 3.9% in May.', 'The mayor promised 500 new homes.', 'It was a sunny day.']);
    expect(screen.getByText('statistical claim')).toBeTruthy();
    expect(screen.getByText('91%')).toBeTruthy();
  });

  it('offers bulk queueing to editors only', () => {
    renderAs(['editor']);
    expect(screen.getByRole('button', { name: /Queue selected/ })).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it('hides queueing from reviewers', () => {
    renderAs(['reviewer']);
    expect(screen.queryByRole('button', { name: /Queue selected/ })).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('Unemployment fell to 3.9% in May.')).toBeTruthy();
  });
});
