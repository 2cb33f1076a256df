import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '../api/types';
import { ArticleBody } from './ArticleBody';

function claim(id: string, body: string, text: string, patch: Partial<Claim> = {}): Claim {
  const start = body.indexOf(text);
  return {
    id, version: 1, articleId: 'a1', text, originalText: text, start, end: start + text.length, context: '',
    score: 0.8, reasons: [], origin: 'DETECTED', priority: 'NORMAL', dueAt: null, status: 'SUGGESTED', queuedAt: null,
    verdict: null, ...patch,
  };
}

describe('ArticleBody', () => {
  it('renders markup in an article body as text, never as HTML', () => {
    const body = 'Breaking: <img src=x onerror=alert(1)> and <script>alert(2)</script> happened.';
    const { container } = render(<ArticleBody body={body} claims={[claim('c', body, '<img src=x onerror=alert(1)>')]} selectedId={null} onSelectClaim={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('.article-body')!.textContent).toBe(body);
    expect(container.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('colours claims by status and verdict and hides dismissed ones', () => {
    const body = 'Alpha rose. Beta fell. Gamma held. Delta vanished.';
    const claims = [
      claim('a', body, 'Alpha rose.', { status: 'QUEUED' }),
      claim('b', body, 'Beta fell.', {
        status: 'VERDICT',
        verdict: { rating: 'MOSTLY_FALSE', ratingValue: 2, label: 'Mostly false', summary: '', reviewId: 'r', reviewUrl: '', publishedAt: '', verdictVersion: 1 },
      }),
      claim('c', body, 'Gamma held.', { status: 'IN_REVIEW' }),
      claim('d', body, 'Delta vanished.', { status: 'DISMISSED' }),
    ];
    const { container } = render(<ArticleBody body={body} claims={claims} selectedId="b" onSelectClaim={() => {}} />);
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => m.className)).toEqual(['claim status-queued', 'claim rating-mostly-false selected', 'claim status-in-review']);
    expect(container.querySelector('.article-body')!.textContent).toBe(body);
  });

  it('lets keyboard users pick a claim, one tab stop per claim', () => {
    const body = 'Prices doubled in 2024 while wages rose 2%.';
    const outer = claim('outer', body, 'Prices doubled in 2024 while wages rose 2%.');
    const inner = claim('inner', body, 'wages rose 2%');
    const onSelect = vi.fn();
    render(<ArticleBody body={body} claims={[outer, inner]} selectedId={null} onSelectClaim={onSelect} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(2);
    const innerMark = buttons.find((b) => b.textContent === 'wages rose 2%')!;
    fireEvent.keyDown(innerMark, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(inner);
  });

  it('reports the body offsets of a text selection to editors', () => {
    const body = 'Line one.\nThe deficit is 3% of GDP.';
    const onSelectText = vi.fn();
    const { container } = render(
      <ArticleBody body={body} claims={[claim('x', body, 'Line one.')]} selectedId={null} onSelectClaim={() => {}} onSelectText={onSelectText} />,
    );
    const plain = container.querySelectorAll('.article-body > span')[0].firstChild!;
    const range = document.createRange();
    range.setStart(plain, 1);
    range.setEnd(plain, (plain.textContent ?? '').length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.mouseUp(container.querySelector('.article-body')!);
    expect(onSelectText).toHaveBeenCalledWith({ start: 10, end: body.length });
  });
});
