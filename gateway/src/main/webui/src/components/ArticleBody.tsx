import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../api/types';
import i18n from '../i18n';
import { claimTone, ratingLabel, statusLabel } from '../lib/format';
import { segment, selectionOffsets, trimOffsets } from '../lib/segments';

interface Props {
  body: string;
  claims: Claim[];
  selectedId: string | null;
  onSelectClaim: (claim: Claim) => void;
  /** Called with body offsets when the user selects text; absent for read-only viewers. */
  onSelectText?: (range: { start: number; end: number }) => void;
}

function describe(claim: Claim): string {
  const standing =
    claim.status === 'VERDICT' && claim.verdict
      ? i18n.t('articles:body.verdict', { rating: ratingLabel(claim.verdict.rating) })
      : statusLabel(claim.status);
  return i18n.t('articles:body.claim', { standing });
}

/**
 * The article body with its claims highlighted in place. Every piece is a React text child, so the body
 * is never parsed as HTML; the container's text is exactly the body, which keeps selection offsets true.
 */
export function ArticleBody({ body, claims, selectedId, onSelectClaim, onSelectText }: Props) {
  // Subscribed so that the claims' titles follow a change of language.
  useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const visible = useMemo(() => claims.filter((c) => c.status !== 'DISMISSED'), [claims]);
  const segments = useMemo(() => segment(body, visible), [body, visible]);

  const captureSelection = () => {
    if (!onSelectText || !container.current) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const offsets = selectionOffsets(container.current, selection.getRangeAt(0));
    if (!offsets) return;
    const trimmed = trimOffsets(body, offsets.start, offsets.end);
    if (trimmed.end > trimmed.start) onSelectText(trimmed);
  };

  const onKey = (claim: Claim) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectClaim(claim);
    }
  };

  // Only the first piece of each claim is a tab stop, so Tab walks claim by claim.
  const focusable = new Set<string>();
  return (
    <div className="article-body" ref={container} onMouseUp={captureSelection} onKeyUp={(e) => e.shiftKey && captureSelection()}>
      {segments.map((piece) => {
        if (piece.spans.length === 0) return <span key={piece.start}>{piece.text}</span>;
        const claim = piece.spans[0];
        const classes = ['claim', claimTone(claim)];
        if (piece.spans.some((c) => c.id === selectedId)) classes.push('selected');
        if (piece.spans.length > 1) classes.push('overlap');
        return (
          <mark
            key={piece.start}
            className={classes.join(' ')}
            data-claim-id={claim.id}
            role="button"
            tabIndex={focusable.has(claim.id) ? -1 : (focusable.add(claim.id), 0)}
            aria-pressed={claim.id === selectedId}
            title={describe(claim)}
            onClick={() => {
              const selection = window.getSelection();
              if (!selection || selection.isCollapsed) onSelectClaim(claim);
            }}
            onKeyDown={onKey(claim)}
          >
            {piece.text}
          </mark>
        );
      })}
    </div>
  );
}
