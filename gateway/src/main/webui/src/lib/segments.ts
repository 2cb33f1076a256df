/** A span of the article body to highlight, with UTF-16 offsets as the article-service sends them. */
export interface Span {
  id: string;
  start: number | null;
  end: number | null;
}

/** A run of body text covered by the same set of spans; `spans` is empty for plain text. */
export interface Segment<S extends Span> {
  start: number;
  end: number;
  text: string;
  spans: S[];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves an offset that would split a surrogate pair (an emoji, say) back to the pair's start. */
export function snapToCodePoint(text: string, offset: number): number {
  const at = Math.max(0, Math.min(offset, text.length));
  if (at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) {
    return at - 1;
  }
  return at;
}

/**
 * Splits `text` into consecutive segments at every span boundary, so overlapping and adjacent spans
 * each keep their own extent. Spans outside the text are clipped, empty ones ignored. Segments cover the
 * whole text in order, which lets the caller render them as plain text children (escaped by React).
 */
export function segment<S extends Span>(text: string, spans: readonly S[]): Segment<S>[] {
  const valid = spans
    .filter((span) => span.start !== null && span.end !== null)
    .map((span) => ({ span, start: snapToCodePoint(text, span.start!), end: snapToCodePoint(text, span.end!) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<S>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      // Innermost (shortest) span first: it is the one a reader points at.
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
      .map((s) => s.span);
    segments.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return segments;
}

/**
 * The body offsets of a DOM selection inside `container`, whose text content must be exactly the body.
 * Returns null when the selection is empty or leaves the container.
 */
export function selectionOffsets(container: Node, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/** Trims whitespace off a selection's ends, as editors rarely mean to claim a trailing space. */
export function trimOffsets(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Finds a quoted passage in the body: the keyboard path to adding a claim without a mouse selection. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const wanted = quote.trim();
  if (!wanted) return null;
  const exact = text.indexOf(wanted);
  if (exact >= 0) return { start: exact, end: exact + wanted.length };
  // Tolerate differences in whitespace (line breaks in the article, single spaces in the quote).
  const pattern = wanted
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
