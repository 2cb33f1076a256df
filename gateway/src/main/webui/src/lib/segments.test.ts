import { describe, expect, it } from 'vitest';
import { findQuote, segment, selectionOffsets, snapToCodePoint, trimOffsets } from './segments';

const span = (id: string, start: number, end: number) => ({ id, start, end });
const texts = (body: string, spans: ReturnType<typeof span>[]) =>
  segment(body, spans).map((s) => [s.text, s.spans.map((x) => x.id).join(',')]);

describe('segment', () => {
  it('covers the whole text in order with plain runs between claims', () => {
    const body = 'Taxes rose 5%. Crime fell. Weather was fine.';
    expect(texts(body, [span('a', 0, 14), span('b', 15, 26)])).toEqual([
      ['Taxes rose 5%.', 'a'],
      [' ', ''],
      ['Crime fell.', 'b'],
      [' Weather was fine.', ''],
    ]);
  });

  it('keeps adjacent claims apart', () => {
    expect(texts('abcdef', [span('a', 0, 3), span('b', 3, 6)])).toEqual([
      ['abc', 'a'],
      ['def', 'b'],
    ]);
  });

  it('splits overlapping claims and lists the innermost first', () => {
    expect(texts('0123456789', [span('long', 0, 8), span('short', 4, 10)])).toEqual([
      ['0123', 'long'],
      ['4567', 'short,long'],
      ['89', 'short'],
    ]);
    expect(texts('0123456789', [span('outer', 0, 10), span('inner', 3, 5)])).toEqual([
      ['012', 'outer'],
      ['34', 'inner,outer'],
      ['56789', 'outer'],
    ]);
  });

  it('clips spans past the end and ignores empty or inverted ones', () => {
    expect(texts('hello', [span('a', 3, 99), span('e', 2, 2), span('x', 4, 1)])).toEqual([
      ['hel', ''],
      ['lo', 'a'],
    ]);
  });

  it('uses UTF-16 offsets like the service and never splits an emoji', () => {
    const body = 'We 💯 agree: 👍🏽 GDP grew 3%.';
    const start = body.indexOf('GDP');
    const pieces = segment(body, [span('c', start, body.length)]);
    expect(pieces.map((p) => p.text).join('')).toBe(body);
    expect(pieces[1].text).toBe('GDP grew 3%.');
    // An offset inside the surrogate pair of 💯 moves to the pair's start.
    const inside = body.indexOf('💯') + 1;
    const split = segment(body, [span('d', inside, inside + 3)]);
    expect(split[1].text.startsWith('💯')).toBe(true);
    expect(split.map((p) => p.text).join('')).toBe(body);
  });

  it('returns one plain segment without claims, none for an empty body', () => {
    expect(texts('plain', [])).toEqual([['plain', '']]);
    expect(segment('', [span('a', 0, 3)])).toEqual([]);
  });
});

describe('snapToCodePoint', () => {
  it('leaves offsets between code points alone', () => {
    expect(snapToCodePoint('a😀b', 1)).toBe(1);
    expect(snapToCodePoint('a😀b', 2)).toBe(1);
    expect(snapToCodePoint('a😀b', 3)).toBe(3);
    expect(snapToCodePoint('ab', -4)).toBe(0);
  });
});

describe('selection helpers', () => {
  it('maps a DOM selection across highlighted pieces to body offsets', () => {
    const container = document.createElement('div');
    container.innerHTML = '<span>One </span><mark>two three</mark><span> four</span>';
    document.body.appendChild(container);
    const range = document.createRange();
    range.setStart(container.querySelector('mark')!.firstChild!, 4);
    range.setEnd(container.querySelectorAll('span')[1].firstChild!, 3);
    expect(selectionOffsets(container, range)).toEqual({ start: 8, end: 16 });
    expect(container.textContent!.slice(8, 16)).toBe('three fo');
    container.remove();
  });

  it('trims whitespace around a selection', () => {
    expect(trimOffsets('  a claim \n', 0, 11)).toEqual({ start: 2, end: 9 });
  });

  it('finds a quote despite different line breaks', () => {
    const body = 'First line.\nUnemployment fell\nto 4% last year.';
    expect(findQuote(body, 'Unemployment fell to 4%')).toEqual({ start: 12, end: 35 });
    expect(findQuote(body, 'not there')).toBeNull();
    expect(findQuote(body, '  ')).toBeNull();
  });
});
